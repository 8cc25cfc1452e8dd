using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Notes.Data;

/// <summary>Lets <c>dotnet ef migrations add ... --context SqliteNotesDbContext</c> build the context without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNotesDbContext>
{
    public SqliteNotesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNotesDbContext>().UseSqlite(NotesDatabase.DefaultConnectionString).Options);
}

/// <summary>Lets <c>dotnet ef migrations add ... --context PostgresNotesDbContext</c> build the context (no server needed).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresNotesDbContext>
{
    public PostgresNotesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNotesDbContext>().UseNpgsql("Host=localhost;Database=notes").Options);
}

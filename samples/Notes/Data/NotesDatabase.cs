using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Notes.Data;

/// <summary>
/// Chooses the database from configuration: SQLite by default (<c>ConnectionStrings:Notes</c>, default
/// <c>Data Source=notes.db</c> in the content root), PostgreSQL when <c>Database:Provider</c> is
/// <c>Postgres</c> or the connection string names a <c>Host</c>. The schema is migrated on start.
/// Contexts are pooled (reset and reused, not built per request: issue #13, the page's DbContext setup was 3% of its
/// CPU); they hold no state of their own beyond EF Core's, which the pool resets.
/// </summary>
internal static class NotesDatabase
{
    public const string DefaultConnectionString = "Data Source=notes.db";

    public static IServiceCollection AddNotesDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString("Notes") ?? DefaultConnectionString;
        if (IsPostgres(configuration["Database:Provider"], connectionString))
        {
            services.AddDbContextPool<PostgresNotesDbContext>(options => options.UseNpgsql(connectionString));
            services.AddScoped<NotesDbContext>(sp => sp.GetRequiredService<PostgresNotesDbContext>());
        }
        else
        {
            var sqlite = SqliteConnectionString(connectionString, environment.ContentRootPath);
            services.AddDbContextPool<SqliteNotesDbContext>(options => options.UseSqlite(sqlite));
            services.AddScoped<NotesDbContext>(sp => sp.GetRequiredService<SqliteNotesDbContext>());
        }

        return services;
    }

    /// <summary>Creates the database if needed and applies every pending migration.</summary>
    public static async Task MigrateNotesDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }

    private static bool IsPostgres(string? provider, string connectionString) =>
        provider is not null && provider.Length > 0
            ? provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase)
            : connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>A relative SQLite file is placed in the content root; its folder is created.</summary>
    internal static string SqliteConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource.Length > 0 && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}

using Microsoft.EntityFrameworkCore;

namespace UseServerApp.Data;

/// <summary>The app's database (SQLite by default; any EF Core provider works).</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<TodoItem> Todos => Set<TodoItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<TodoItem>().Property(t => t.Title).HasMaxLength(TodoItem.MaxTitleLength);
}

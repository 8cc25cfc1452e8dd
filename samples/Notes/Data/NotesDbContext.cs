using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Notes.Data;

/// <summary>
/// The sample's database. Each provider has a subclass that carries its own migrations
/// (<see cref="SqliteNotesDbContext"/>, <see cref="PostgresNotesDbContext"/>); the app asks DI for this type.
/// It also holds the Data Protection key ring when <c>DataProtection:Keys</c> is <c>Database</c>
/// (<c>Hosting/NotesDataProtection.cs</c>): every instance that shares the database then shares one ring.
/// </summary>
public abstract class NotesDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Data Protection's keys (XML, one row a key), read and written by <c>PersistKeysToDbContext</c>.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Notebook> Notebooks => Set<Notebook>();

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<NoteAttachment> Attachments => Set<NoteAttachment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Notebook>(notebook =>
        {
            notebook.Property(n => n.Name).HasMaxLength(Notebook.MaxNameLength);
            notebook.HasData(new Notebook { Id = Notebook.DefaultId, Name = "My notebook" });
        });

        modelBuilder.Entity<Note>(note =>
        {
            note.Property(n => n.Title).HasMaxLength(Note.MaxTitleLength);
            // Every provider hands back a DateTime of kind Utc, so the client receives the right instant.
            note.Property(n => n.Created).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
            note.HasIndex(n => new { n.NotebookId, n.Created });
            note.HasOne<Notebook>().WithMany(b => b.Notes).HasForeignKey(n => n.NotebookId);
            note.HasOne(n => n.Attachment).WithOne().HasForeignKey<NoteAttachment>(a => a.NoteId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<NoteAttachment>(attachment =>
        {
            attachment.HasKey(a => a.NoteId);
            attachment.Property(a => a.FileName).HasMaxLength(255);
            attachment.Property(a => a.ContentType).HasMaxLength(255);
        });
    }
}

/// <summary>The SQLite database (the default): a file, created and migrated on start.</summary>
public sealed class SqliteNotesDbContext(DbContextOptions<SqliteNotesDbContext> options) : NotesDbContext(options);

/// <summary>The PostgreSQL database, chosen by configuration (see the README).</summary>
public sealed class PostgresNotesDbContext(DbContextOptions<PostgresNotesDbContext> options) : NotesDbContext(options);

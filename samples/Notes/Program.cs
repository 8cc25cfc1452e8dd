using Notes.Data;
using Notes.Functions;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddNotesDatabase(builder.Configuration, builder.Environment);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ArtificialDelay>();
builder.Services.AddScoped<NotesStore>();
builder.Services.AddServerFunctions();

var app = builder.Build();
await app.Services.MigrateNotesDatabaseAsync();

// The React app: ClientApp/ built by Vite into wwwroot/ (see ClientApp.targets).
app.UseDefaultFiles();
app.UseStaticFiles();

// POST /_serverfn/{id} for every [ServerFunction] (Functions/NotesFunctions.cs).
app.MapServerFunctions();

// Attachments download as plain files: the list links to them.
app.MapGet("/attachments/{noteId:int}", async (int noteId, NotesStore store, CancellationToken cancellationToken) =>
    await store.GetAttachmentAsync(noteId, cancellationToken) is { } file
        ? Results.File(file.Content, file.ContentType, file.FileName)
        : Results.NotFound());

// Kestrel logs "Now listening on: http://..." (category Microsoft.Hosting.Lifetime) once it is ready.
await app.RunAsync();

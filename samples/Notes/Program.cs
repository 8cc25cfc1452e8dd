using Notes.Components;
using Notes.Data;
using Notes.Hosting;
using UseServer;

// The content root is the working directory (dotnet run: the project folder); a published app started from
// elsewhere finds its wwwroot/ and useserver/ next to Notes.dll instead.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "wwwroot")) ? null : AppContext.BaseDirectory,
});

builder.Services.AddNotesDatabase(builder.Configuration, builder.Environment);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddScoped<NotesStore>();
// Server functions (Functions/*.cs) and pages: C# server components rendered to HTML by React in embedded V8,
// with the client build's manifest and server bundle from useserver/ (the UseServerClientApp build builds them).
builder.Services.AddServerComponentPages();
// Scale-out (docs/scale-out.md): the key ring by DataProtection:Keys, antiforgery by Notes:Antiforgery:Enabled,
// /healthz/live and /healthz/ready, and the test-only hooks behind Notes:Diagnostics:Enabled (Hosting/).
builder.Services.AddNotesDataProtection(builder.Configuration);
builder.Services.AddNotesAntiforgery(builder.Configuration);
builder.Services.AddNotesHealthChecks();
builder.Services.AddNotesDiagnostics();

var app = builder.Build();
await app.Services.MigrateNotesDatabaseAsync();

// Notes:ArtificialDelayMs (default 0) slows every server function down, to watch the pending states by
// hand. Never set in production; the end-to-end tests hold requests in the browser instead.
var artificialDelay = TimeSpan.FromMilliseconds(Math.Clamp(app.Configuration.GetValue("Notes:ArtificialDelayMs", 0), 0, 10_000));
if (artificialDelay > TimeSpan.Zero)
{
    app.UseWhen(
        context => context.Request.Path.StartsWithSegments("/_serverfn"),
        branch => branch.Use(async (context, next) =>
        {
            await Task.Delay(artificialDelay, context.RequestAborted);
            await next(context);
        }));
}

app.MapNotesHealthChecks();
app.UseNotesDiagnostics();

// The client build (ClientApp/ built by Vite into wwwroot/, see UseServerClientApp in Notes.csproj): scripts, styles, icons.
app.UseStaticFiles();

// POST /_serverfn/{id} for every [ServerFunction] (Functions/NotesFunctions.cs).
app.MapServerFunctions();

// The pages: C# server components (Components/*.cs) inside one shared layout, with an error page for components that
// throw. HTML for a document request, the Flight payload for Accept: text/x-component (client navigation: links are
// PageLinks), and no-JS form posts (progressive enhancement).
var pages = app.MapGroup("").WithLayout<NotesLayout>().WithErrorPage<PageError>();
pages.MapPage<HomePage>("/");
// A note that does not exist answers the not-found page with 404 before anything streams; the note itself then
// streams in, the loading page showing meanwhile.
pages.MapPage("/notes/{id:int}", async (int id, NotesStore store, CancellationToken cancellationToken) =>
    await store.GetNoteAsync(id, cancellationToken) is null ? ServerResult.NotFound() : (object)new NotePage { Id = id })
    .WithLoading<NoteLoading>();
pages.MapPage<FailingPage>("/demo/failing-page");
// Any other path, and notes that do not exist: the not-found page (404), in the same layout.
app.MapNotFoundPage<NotFoundPage>().WithLayout<NotesLayout>();

// Attachments download as plain files: the list links to them.
app.MapGet("/attachments/{noteId:int}", async (int noteId, NotesStore store, CancellationToken cancellationToken) =>
    await store.GetAttachmentAsync(noteId, cancellationToken) is { } file
        ? Results.File(file.Content, file.ContentType, file.FileName)
        : Results.NotFound());

// Kestrel logs "Now listening on: http://..." (category Microsoft.Hosting.Lifetime) once it is ready.
await app.RunAsync();

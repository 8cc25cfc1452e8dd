using Notes.Data;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddNotesDatabase(builder.Configuration, builder.Environment);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddScoped<NotesStore>();
var app = builder.Build();
await app.Services.MigrateNotesDatabaseAsync();
await app.RunAsync();

using Microsoft.EntityFrameworkCore;
using UseServerApp.Components;
using UseServerApp.Data;

var builder = WebApplication.CreateBuilder(args);

// The data: EF Core on an embedded SQLite file (ConnectionStrings:App in appsettings.json).
builder.Services.AddDbContext<AppDbContext>(options =>
    options.UseSqlite(builder.Configuration.GetConnectionString("App") ?? "Data Source=app.db"));

// Server functions ([ServerFunction] methods in Functions/) and pages: C# server components (Components/) that React
// renders to HTML on the server, with the client build from useserver/ (written by the ClientApp build).
builder.Services.AddServerComponentPages();

var app = builder.Build();

// A new database gets the schema on start. Moving to migrations: `dotnet ef migrations add Initial`, then
// db.Database.MigrateAsync() here instead.
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureCreatedAsync();
}

// The browser's bundle (ClientApp/, built by Vite into wwwroot/).
app.UseStaticFiles();

// POST /_serverfn/{id} for every server function.
app.MapServerFunctions();

// The home page: HTML for a document request, its Flight payload for client refreshes, and no-JS form posts.
app.MapPage<HomePage>("/");

app.Run();

using System.Globalization;
using System.Text.Json;

// The conformance host: server functions with fixed IDs, /healthz, and the /raw/add floor.
// Environment: whatever ASPNETCORE_ENVIRONMENT names, Production when unset (no launch profile).
// The content root is the output directory, so appsettings.json is found whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// Host filtering (400 for any other Host) comes from AllowedHosts; appsettings.json sets it, and this
// keeps it when the host runs from a directory without that file.
builder.Configuration["AllowedHosts"] ??= "127.0.0.1;localhost";

builder.Services.AddServerFunctions();

var app = builder.Build();

app.MapGet("/healthz", () => "ok");

// The floor conformance.add is measured against: a hand-written endpoint reading "[a,b]" and answering a
// one-row Flight stream.
app.MapPost("/raw/add", async (HttpContext context) =>
{
    using JsonDocument document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
    double sum = document.RootElement[0].GetDouble() + document.RootElement[1].GetDouble();
    context.Response.ContentType = "text/x-component";
    await context.Response.WriteAsync("0:" + sum.ToString("R", CultureInfo.InvariantCulture) + "\n", context.RequestAborted);
});

app.MapServerFunctions();

app.Run();

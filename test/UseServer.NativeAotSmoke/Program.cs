using UseServer.NativeAotSmoke;

// The smallest host that roots the generated registry. `--check` exits after building the app, so the
// published native binary can be run by eng/aot-smoke.sh without serving requests.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddSingleton<NoteStore>();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, SmokeJsonContext.Default));
builder.Services.AddServerFunctions();
var app = builder.Build();
app.MapServerFunctions();
if (args.Contains("--check"))
{
    Console.WriteLine("ok");
    return 0;
}

app.Run();
return 0;

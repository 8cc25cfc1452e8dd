namespace Notes.Hosting;

/// <summary>
/// <c>Notes:Antiforgery:Enabled</c> (default false) registers ASP.NET antiforgery: every server-rendered form then
/// carries a token (and the response sets its cookie), and a no-JS form post without a valid pair answers 400
/// (<c>PageOptions.ValidateAntiforgery</c>). An app that signs users in with cookies needs it on. The tokens are
/// sealed with Data Protection, so instances must share the key ring (<see cref="NotesDataProtection"/>).
/// </summary>
internal static class NotesAntiforgery
{
    public const string EnabledKey = "Notes:Antiforgery:Enabled";

    public static IServiceCollection AddNotesAntiforgery(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue(EnabledKey, false))
        {
            services.AddAntiforgery();
        }

        return services;
    }
}

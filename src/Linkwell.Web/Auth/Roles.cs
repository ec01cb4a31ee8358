namespace Linkwell.Web.Auth;

/// <summary>The roles of docs/glossary.md. A user has one or more.</summary>
public static class Roles
{
    public const string Referrer = nameof(Referrer);
    public const string LinkWorker = nameof(LinkWorker);
    public const string SchemeManager = nameof(SchemeManager);
    public const string ServiceProvider = nameof(ServiceProvider);
    public const string Commissioner = nameof(Commissioner);
    public const string Admin = nameof(Admin);
    public const string DirectoryManager = nameof(DirectoryManager);

    public static readonly IReadOnlyList<string> All = [Referrer, LinkWorker, SchemeManager, ServiceProvider, Commissioner, Admin, DirectoryManager];

    public static string Describe(string role) => role switch
    {
        Referrer => "Referrer",
        LinkWorker => "Link worker",
        SchemeManager => "Scheme manager",
        ServiceProvider => "Service provider",
        Commissioner => "Commissioner",
        Admin => "Administrator",
        DirectoryManager => "Directory manager",
        _ => role,
    };
}

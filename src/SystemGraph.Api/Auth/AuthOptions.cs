namespace SystemGraph.Api.Auth;

/// <summary>
/// Authentication (configuration section <c>Auth</c>): JWT bearer tokens, either signed with a shared key for
/// development (<see cref="SigningKey"/>, minted by <c>token mint</c>) or issued by an external identity provider
/// (<see cref="Authority"/>, whose signing keys are read from its OpenID Connect metadata).
/// </summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>Anyone may read without a token (on by default); off, every GraphQL request needs a token with a role.</summary>
    public bool AnonymousReads { get; set; } = true;

    /// <summary>The HMAC-SHA256 key for development tokens (at least 32 bytes); from the environment (Auth__SigningKey), never logged.</summary>
    public string? SigningKey { get; set; }

    /// <summary>An external issuer (OpenID Connect authority); when set, tokens are validated against its published keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The issuer development tokens carry and that is required of them.</summary>
    public string Issuer { get; set; } = "systemgraph-development";

    /// <summary>The audience tokens must be issued for.</summary>
    public string Audience { get; set; } = "systemgraph";
}

/// <summary>The roles, from least to most able.</summary>
public static class Roles
{
    /// <summary>Reads.</summary>
    public const string Reader = "reader";

    /// <summary>Writes inside scenarios.</summary>
    public const string Planner = "planner";

    /// <summary>Writes to the baseline and promotes scenarios.</summary>
    public const string Editor = "editor";

    public const string Admin = "admin";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Reader, Planner, Editor, Admin };

    /// <summary>The claim type roles travel in (the short JWT name: inbound claims are not remapped).</summary>
    public const string ClaimType = "role";
}

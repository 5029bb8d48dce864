using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SystemGraph.Api.Auth;

/// <summary>Development tokens: HMAC-SHA256 JWTs signed with <see cref="AuthOptions.SigningKey"/>, for local use and tests.</summary>
public static class DevelopmentTokens
{
    public const int MinimumKeyBytes = 32;

    /// <summary>The key, or an explanation of why there is none usable.</summary>
    public static SymmetricSecurityKey Key(AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.SigningKey) || Encoding.UTF8.GetByteCount(options.SigningKey) < MinimumKeyBytes)
        {
            throw new InvalidOperationException($"Auth:SigningKey must be set to at least {MinimumKeyBytes} bytes (environment variable Auth__SigningKey).");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey));
    }

    public static string Mint(AuthOptions options, string subject, IEnumerable<string> roles, TimeSpan lifetime, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = (time ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var claims = new List<Claim> { new(JwtRegisteredClaimNames.Sub, subject) };
        claims.AddRange(roles.Select(r => new Claim(Roles.ClaimType, r)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(Key(options), SecurityAlgorithms.HmacSha256),
        });
    }
}

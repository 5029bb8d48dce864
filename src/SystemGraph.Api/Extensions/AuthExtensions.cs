using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using SystemGraph.Api.Auth;

namespace SystemGraph.Api.Extensions;

/// <summary>JWT bearer authentication; the access rules (<see cref="AccessRules"/>) run as a pipeline step for GraphQL requests and as <see cref="GraphQLAccessMiddleware"/> for the SDL.</summary>
internal static class AuthExtensions
{
    public static WebApplicationBuilder AddSystemGraphAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.SectionName))
            .Validate(o => o.AnonymousReads || !string.IsNullOrEmpty(o.Authority) || !string.IsNullOrEmpty(o.SigningKey),
                "Auth:AnonymousReads is off but neither Auth:Authority nor Auth:SigningKey is set: no one could use the API.")
            .ValidateOnStart();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((jwt, auth) =>
            {
                var options = auth.Value;
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidAudience = options.Audience,
                    ValidateLifetime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    RoleClaimType = Roles.ClaimType,
                    NameClaimType = "sub",
                };
                if (!string.IsNullOrEmpty(options.Authority))
                {
                    // An external issuer: its keys and issuer come from its OpenID Connect metadata.
                    jwt.Authority = options.Authority;
                    jwt.Audience = options.Audience;
                }
                else
                {
                    jwt.TokenValidationParameters.ValidIssuer = options.Issuer;
                    jwt.TokenValidationParameters.IssuerSigningKey = string.IsNullOrEmpty(options.SigningKey) ? null : DevelopmentTokens.Key(options);
                    jwt.TokenValidationParameters.RequireSignedTokens = true;
                }
            });
        builder.Services.AddAuthorization();
        return builder;
    }

    public static WebApplication UseSystemGraphAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<GraphQLAccessMiddleware>();
        return app;
    }
}

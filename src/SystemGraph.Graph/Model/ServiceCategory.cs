namespace SystemGraph.Graph.Model;

/// <summary>Service groups of the Greater Manchester spatial model's planning and delivery tables.</summary>
public enum ServiceCategory
{
    PublicHealth,
    PrimaryCare,
    CommunityServices,
    SocialCare,
    MentalHealth,
    Diagnostics,
    SecondaryAcuteCare,
    EmergencyServicesTransport,
}

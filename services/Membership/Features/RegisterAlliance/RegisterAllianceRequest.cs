using System.ComponentModel.DataAnnotations;

namespace AlliancePlatform.Membership.Features.RegisterAlliance;

public sealed record RegisterAllianceRequest(
    [Required, MaxLength(200)] string Name,
    [Required, MaxLength(50)] string IndustryField);

using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

internal static class RuleChecks
{
    public static void Require(bool condition, RuleViolation violation)
    {
        if (!condition)
        {
            throw new RuleViolationException(violation);
        }
    }
}

using static AlliancePlatform.Membership.Domain.RuleChecks;

namespace AlliancePlatform.Membership.Domain;

/// <summary>Whom the alliance and the authorities reach at a member unit.</summary>
public sealed record UnitContact
{
    private const int MinPhoneDigits = 7;
    private const int MaxPhoneDigits = 15;

    private UnitContact()
    {
    }

    public string Person { get; private init; } = "";
    public string Phone { get; private init; } = "";
    public string? Email { get; private init; }

    public static UnitContact Create(string? person, string? phone, string? email)
    {
        var trimmedPerson = person?.Trim() ?? "";
        Require(trimmedPerson.Length > 0, MemberUnitRules.ContactPersonRequired);
        Require(trimmedPerson.Length <= MemberUnitRules.PersonNameMaxLength, MemberUnitRules.PersonNameTooLong);
        var trimmedPhone = phone?.Trim() ?? "";
        Require(IsPhone(trimmedPhone), MemberUnitRules.ContactPhoneInvalid);
        var trimmedEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        Require(trimmedEmail is null || IsEmail(trimmedEmail), MemberUnitRules.ContactEmailInvalid);

        return new UnitContact { Person = trimmedPerson, Phone = trimmedPhone, Email = trimmedEmail };
    }

    private static bool IsPhone(string phone)
    {
        var digits = phone.Count(char.IsAsciiDigit);
        return phone.Length <= MemberUnitRules.PhoneMaxLength
            && digits is >= MinPhoneDigits and <= MaxPhoneDigits
            && phone.All(c => char.IsAsciiDigit(c) || c is '-' or ' ' or '(' or ')' or '+')
            && phone.LastIndexOf('+') <= 0;
    }

    private static bool IsEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var domain = at < 0 ? "" : email[(at + 1)..];
        return email.Length <= MemberUnitRules.EmailMaxLength
            && at > 0
            && !domain.Contains('@', StringComparison.Ordinal)
            && domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.')
            && !domain.EndsWith('.')
            && !email.Any(char.IsWhiteSpace);
    }
}

using AlliancePlatform.Membership.Domain;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Membership.Persistence;

internal static class MemberUnitMapping
{
    public static void AddMemberUnits(this ModelBuilder modelBuilder) =>
        modelBuilder.Entity<MemberUnit>(e =>
        {
            e.ToTable("member_units");
            e.HasKey(u => u.Id);
            e.Property(u => u.Id).ValueGeneratedNever();
            e.Property(u => u.CreditCode)
                .HasConversion(code => code.Value, value => UnifiedSocialCreditCode.Parse(value))
                .HasMaxLength(UnifiedSocialCreditCode.Length);
            e.HasIndex(u => u.CreditCode).IsUnique();
            e.Property(u => u.Name).HasMaxLength(MemberUnitRules.NameMaxLength);
            e.HasIndex(u => u.Name);
            e.Property(u => u.RegisteredRegion)
                .HasConversion(region => region.Value, value => RegionCode.Parse(value))
                .HasMaxLength(RegionCode.Length);
            e.Property(u => u.LegalRepresentative).HasMaxLength(MemberUnitRules.PersonNameMaxLength);
            e.Property(u => u.RegisteredByOrganization).HasMaxLength(UnifiedSocialCreditCode.Length);
            e.ComplexProperty(u => u.Contact, contact =>
            {
                contact.Property(c => c.Person).HasMaxLength(MemberUnitRules.PersonNameMaxLength);
                contact.Property(c => c.Phone).HasMaxLength(MemberUnitRules.PhoneMaxLength);
                contact.Property(c => c.Email).HasMaxLength(MemberUnitRules.EmailMaxLength);
            });
        });
}

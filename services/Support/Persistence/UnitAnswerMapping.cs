using AlliancePlatform.Support.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlliancePlatform.Support.Persistence;

/// <summary>The owned answer of a booking or a financing request, in the same three columns wherever it is kept.</summary>
internal static class UnitAnswerMapping
{
    public static void Columns<TOwner>(OwnedNavigationBuilder<TOwner, UnitAnswer> a) where TOwner : class
    {
        a.Property(p => p.By).HasColumnName("answered_by").HasMaxLength(200);
        a.Property(p => p.At).HasColumnName("answered_at");
        a.Property(p => p.Note).HasColumnName("answer_note").HasMaxLength(SupportRules.TextMaxLength);
    }
}

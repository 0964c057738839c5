using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.ServiceDefaults.Files;

/// <summary>
/// The bytes of an uploaded file, kept in the service's own database beside its description and committed in the same
/// transaction (domain §7). The table is <c>stored_files</c>, added by <see cref="StoredFiles.AddStoredFiles"/>.
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; init; }
    public Guid AllianceId { get; init; }
    public byte[] Content { get; init; } = [];
}

public static class StoredFiles
{
    public static ModelBuilder AddStoredFiles(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<StoredFile>(e =>
        {
            e.ToTable("stored_files");
            e.Property(f => f.Id).ValueGeneratedNever();
            e.HasIndex(f => f.AllianceId);
        });
        return modelBuilder;
    }

    /// <summary>The bytes of the alliance's file <paramref name="id"/>, or null.</summary>
    public static Task<byte[]?> ContentOfAsync(this IQueryable<StoredFile> files, Guid allianceId, Guid id, CancellationToken cancellationToken) =>
        files.AsNoTracking().Where(f => f.Id == id && f.AllianceId == allianceId).Select(f => (byte[]?)f.Content).SingleOrDefaultAsync(cancellationToken);
}

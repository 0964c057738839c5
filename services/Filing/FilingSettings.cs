using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Files;

namespace AlliancePlatform.Filing;

/// <summary>
/// The policy defaults of filing (configuration section <c>Filing</c>), which the regulation leaves to the
/// administration, e.g. <c>Filing__StageWorkingDays=10</c>. The notice is never shorter than 5 working days (Art 11-7).
/// </summary>
public sealed class FilingSettings
{
    public const string Section = "Filing";

    public int StageWorkingDays { get; set; } = FilingDeadlines.DefaultStageWorkingDays;
    public int CorrectionWorkingDays { get; set; } = FilingDeadlines.DefaultCorrectionWorkingDays;
    public int NoticeWorkingDays { get; set; } = FilingDeadlines.MinimumNoticeWorkingDays;
    public long MaxAttachmentBytes { get; set; } = AttachmentPolicy.DefaultMaxBytes;
    /// <summary>Materials one application may carry: enough for any real filing, not an unbounded store.</summary>
    public int MaxAttachmentsPerApplication { get; set; } = 30;
    /// <summary>The issuing prefix of filing documents, e.g. 黑科发 in 黑科发〔2026〕12号.</summary>
    public string DocumentNumberPrefix { get; set; } = DocumentNumber.DefaultPrefix;
    /// <summary>How often the filing clock looks for lapsed corrections and closed notices.</summary>
    public TimeSpan ClockInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>What a material may be (Art 12; domain §7).</summary>
    public AttachmentPolicy Attachments() => new(FilingAttachments.Article, MaxAttachmentBytes);

    public FilingDeadlines Deadlines() => new(StageWorkingDays, CorrectionWorkingDays, NoticeWorkingDays);
}

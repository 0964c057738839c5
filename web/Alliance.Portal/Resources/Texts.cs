using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace AlliancePlatform.Portal.Resources;

/// <summary>Every text of the portal: <c>Texts.resx</c> in Chinese (the default), <c>Texts.en.resx</c> in English.</summary>
public sealed class Texts;

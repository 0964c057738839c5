using System.Net;
using System.Net.Http.Headers;
using AlliancePlatform.Portal.Features.MyFiling;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using static AlliancePlatform.Portal.Tests.MyFiling.FilingTestData;

namespace AlliancePlatform.Portal.Tests.MyFiling;

public class FilingMaterialsTests
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private const string TypeNotAllowed = """
        {"type":"https://alliance.hl.gov.cn/problems/attachment.type_not_allowed","status":422,
         "title":"仅接受PDF文档、Word/Excel/PowerPoint文档、OFD版式文档和PNG/JPEG图片，文件类型依据文件内容判断。",
         "detail":"Only PDF, Word/Excel/PowerPoint, OFD documents and PNG/JPEG images are accepted; the type is judged from the file's content.",
         "code":"attachment.type_not_allowed","article":"Art 12"}
        """;

    private const string KindProblem = """
        {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"提交的数据有误 / Some fields are not valid","status":400,
         "detail":"Each field named under 'errors' says what is wrong with it.",
         "errors":{"kind":["材料类别应为 application_form（备案申请书）、charter（联盟章程）或 other（其他材料）。 / kind is application_form, charter or other."]}}
        """;

    internal static IRenderedComponent<PageHost> Open(PortalTestContext context)
    {
        var page = context.RenderPage<FilingPage>(p => p.Add(d => d.ApplicationId, Id));
        page.WaitForAssertion(() => Assert.Equal(AllianceName, page.Find("[data-testid=filing-alliance]").TextContent));
        return page;
    }

    private static void ChooseKind(IRenderedComponent<PageHost> page, string kind)
    {
        page.Find("[data-testid=attachment-kind]").MouseDown();
        page.WaitForElement($"[data-testid=attachment-kind-{kind}]").Click();
    }

    private static void ChooseFile(IRenderedComponent<PageHost> page, byte[] content, string fileName) =>
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, fileName));

    private static string UploadForm(IRenderedComponent<PageHost> page) => page.Find("[data-testid=upload-form]").TextContent;

    [Fact]
    public async Task TheChecklist_SaysWhichRequiredMaterialIsMissing_AndTheRowsShowKindNameSizeAndTime()
    {
        var api = new FakeFilingApi(Application("draft", [Form()]));
        await using var context = Context(api.Gateway);

        var page = Open(context);

        var required = page.FindAll("[data-testid=required-kind]");
        Assert.Equal(["application_form", "charter"], required.Select(r => r.GetAttribute("data-kind")));
        Assert.Equal(["true", "false"], required.Select(r => r.GetAttribute("data-present")));
        Assert.Contains("未上传", required[1].TextContent);
        var row = Assert.Single(page.FindAll("[data-testid=attachment-row]"));
        Assert.Contains("联盟省级备案申请书", row.TextContent);
        Assert.Contains("备案申请书.pdf", row.TextContent);
        Assert.Contains("531 KB", row.TextContent);
        Assert.Contains("2026年9月28日 10:00", row.TextContent);
        Assert.Single(page.FindAll("[data-testid=delete-attachment]"));
        Assert.Single(page.FindAll("input[type=file][data-testid=attachment-file]"));
    }

    [Fact]
    public async Task UploadingWithoutAKind_AsksForOne_AndSendsNothing()
    {
        var api = new FakeFilingApi(Application("draft"));
        await using var context = Context(api.Gateway);
        var page = Open(context);

        ChooseFile(page, Pdf, "联盟章程.pdf");
        page.Find("[data-testid=upload-attachment]").Click();

        page.WaitForAssertion(() => Assert.Contains("请选择材料类别。", UploadForm(page)));
        Assert.Contains("联盟章程.pdf", page.Find("[data-testid=chosen-file]").TextContent);
        Assert.Empty(api.Writes);
    }

    [Fact]
    public async Task UploadingWithoutAFile_AsksForOne_AndSendsNothing()
    {
        var api = new FakeFilingApi(Application("draft"));
        await using var context = Context(api.Gateway);
        var page = Open(context);

        ChooseKind(page, "charter");
        page.Find("[data-testid=upload-attachment]").Click();

        page.WaitForAssertion(() => Assert.Equal("请选择要上传的文件。", page.Find("[data-testid=attachment-file-error]").TextContent));
        Assert.Empty(api.Writes);
    }

    [Fact]
    public async Task AFileOverTheLimit_IsRefusedBeforeItIsRead_AndNeverSent()
    {
        var api = new FakeFilingApi(Application("draft"));
        await using var context = Context(api.Gateway);
        var page = Open(context);

        ChooseKind(page, "other");
        ChooseFile(page, new byte[FilingRules.MaxAttachmentBytes + 1], "扫描件.pdf");
        page.Find("[data-testid=upload-attachment]").Click();

        page.WaitForAssertion(() => Assert.Equal("文件超过20 MB，不能上传。", page.Find("[data-testid=attachment-file-error]").TextContent));
        Assert.Empty(api.Writes);
        Assert.Single(page.FindAll("input[type=file][data-testid=attachment-file]"));
    }

    [Fact]
    public async Task AFileOfAnotherType_IsRefusedByItsName_InEnglishToo()
    {
        var api = new FakeFilingApi(Application("draft"));
        await using var context = Context(api.Gateway, "en");
        var page = Open(context);

        ChooseKind(page, "other");
        ChooseFile(page, "MZ"u8.ToArray(), "setup.exe");
        page.Find("[data-testid=upload-attachment]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Only PDF, Word/Excel/PowerPoint", page.Find("[data-testid=attachment-file-error]").TextContent));
        Assert.Empty(api.Writes);
    }

    [Fact]
    public async Task Uploading_SendsKindAndFileAsMultipart_WithOneKeyAcrossARetry_AndShowsTheNewRow()
    {
        var api = new FakeFilingApi(Application("draft", [Form()]));
        api.Answers.Enqueue(() => Problem(TypeNotAllowed, HttpStatusCode.UnprocessableEntity));
        api.Answers.Enqueue(api.Becomes(Application("draft", [Form(), Charter()])));
        await using var context = Context(api.Gateway);
        var page = Open(context);

        ChooseKind(page, "charter");
        ChooseFile(page, Pdf, "联盟章程.pdf");
        page.Find("[data-testid=upload-attachment]").Click();
        // Filing's rule texts come as title (Chinese) and detail (English): the person reads their own language.
        page.WaitForAssertion(() => Assert.Contains("仅接受PDF文档", page.Find("[data-testid=filing-materials] [data-testid=problem]").TextContent));
        Assert.DoesNotContain("Only PDF", page.Markup);
        Assert.Equal("联盟章程（协议）", page.Find("[data-testid=attachment-kind]").TextContent.Trim());
        page.Find("[data-testid=upload-attachment]").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=attachment-row]").Count));
        Assert.Equal("材料已上传。", page.Find("[data-testid=filing-done]").TextContent.Trim());
        Assert.Equal(2, api.Writes.Count);
        Assert.All(api.Writes, w => Assert.Equal((HttpMethod.Post, $"{At}/attachments"), (w.Method, w.Path)));
        Assert.NotNull(api.Writes[0].Key);
        Assert.Equal(api.Writes[0].Key, api.Writes[1].Key);
        Assert.Contains("name=kind", api.Writes[1].Body);
        Assert.Contains("charter", api.Writes[1].Body);
        Assert.Contains("name=file", api.Writes[1].Body);
        Assert.Contains("%PDF-1.7", api.Writes[1].Body);
        Assert.All(page.FindAll("[data-testid=required-kind]"), r => Assert.Equal("true", r.GetAttribute("data-present")));
        Assert.Empty(page.FindAll("[data-testid=chosen-file]"));
    }

    [Fact]
    public async Task TheNextUpload_CarriesANewKey()
    {
        var api = new FakeFilingApi(Application("draft"));
        api.Answers.Enqueue(api.Becomes(Application("draft", [Form()])));
        api.Answers.Enqueue(api.Becomes(Application("draft", [Form(), Charter()])));
        await using var context = Context(api.Gateway);
        var page = Open(context);

        ChooseKind(page, "application_form");
        ChooseFile(page, Pdf, "备案申请书.pdf");
        page.Find("[data-testid=upload-attachment]").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=attachment-row]")));
        ChooseKind(page, "charter");
        ChooseFile(page, Pdf, "联盟章程.pdf");
        page.Find("[data-testid=upload-attachment]").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=attachment-row]").Count));
        Assert.NotEqual(api.Writes[0].Key, api.Writes[1].Key);
    }

    [Fact]
    public async Task TheServersWordOnTheKind_IsShownBesideTheSelect()
    {
        var api = new FakeFilingApi(Application("draft"), () => Problem(KindProblem, HttpStatusCode.BadRequest));
        await using var context = Context(api.Gateway);
        var page = Open(context);

        ChooseKind(page, "other");
        ChooseFile(page, Pdf, "其他.pdf");
        page.Find("[data-testid=upload-attachment]").Click();

        page.WaitForAssertion(() => Assert.Contains("材料类别应为", page.Find("[data-testid=upload-form] .mud-select").ParentElement!.TextContent));
        Assert.Empty(page.FindAll("[data-testid=filing-materials] [data-testid=problem]"));
        Assert.DoesNotContain("kind is application_form", page.Markup);
    }

    [Fact]
    public async Task Deleting_SendsOneDeleteWithAKey_AndShowsTheApplicationAsReadAgain()
    {
        var api = new FakeFilingApi(Application("draft", [Form(), Charter()]));
        api.Answers.Enqueue(() =>
        {
            api.Application = Application("draft", [Charter()]);
            return FakeGateway.Json(api.Application);
        });
        await using var context = Context(api.Gateway);
        var page = Open(context);

        page.FindAll("[data-testid=delete-attachment]")[0].Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=attachment-row]")));
        var delete = Assert.Single(api.Writes);
        Assert.Equal((HttpMethod.Delete, $"{At}/attachments/{FormId}"), (delete.Method, delete.Path));
        Assert.NotNull(delete.Key);
        Assert.Equal("材料已删除。", page.Find("[data-testid=filing-done]").TextContent.Trim());
        Assert.Equal("charter", page.Find("[data-testid=attachment-row]").GetAttribute("data-kind"));
    }

    [Fact]
    public async Task Downloading_HandsTheFileToTheBrowser()
    {
        var api = new FakeFilingApi(Application("submitted", [Form()]))
        {
            Download = () =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Pdf) };
                response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                response.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = "备案申请书.pdf" };
                return response;
            },
        };
        await using var context = Context(api.Gateway);
        var page = Open(context);

        page.Find("[data-testid=download-attachment]").Click();

        page.WaitForAssertion(() => Assert.Contains(context.JSInterop.Invocations, i => i.Identifier == "portalSaveFile"));
        var saved = context.JSInterop.Invocations.Single(i => i.Identifier == "portalSaveFile");
        Assert.Equal("备案申请书.pdf", saved.Arguments[0]);
        Assert.Equal("application/pdf", saved.Arguments[1]);
        Assert.Equal(Convert.ToBase64String(Pdf), saved.Arguments[2]);
        Assert.Contains(api.Gateway.Requests, r => r.AbsolutePath == $"{At}/attachments/{FormId}");
    }

    [Fact]
    public async Task UnderReview_TheMaterialsAreOnlyShown()
    {
        var api = new FakeFilingApi(Application("submitted", [Form(), Charter()]));
        await using var context = Context(api.Gateway);

        var page = Open(context);

        Assert.Equal(2, page.FindAll("[data-testid=download-attachment]").Count);
        Assert.Empty(page.FindAll("[data-testid=delete-attachment]"));
        Assert.Empty(page.FindAll("[data-testid=upload-form]"));
        Assert.Empty(page.FindAll("[data-testid=submit-application]"));
    }
}

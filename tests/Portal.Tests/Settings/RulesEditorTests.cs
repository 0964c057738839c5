using System.Globalization;
using System.Net;
using System.Text.Json;
using AlliancePlatform.Portal.Features.Settings;
using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Tests.Settings;

public class RulesEditorTests
{
    private static RulesEditor Editor() => new(new EntitlementRuleSet(2, true, null, null, null,
    [
        new("A", "award_nomination", null, null, "alliance", null, false, "Art 24"),
        new("B", "project_guide_suggestion", null, null, "alliance", null, true, "Art 24"),
    ]));

    [Fact]
    public void Unchanged_AndWithoutReason_IsNotValid()
    {
        var editor = Editor();

        Assert.False(editor.Changed);
        Assert.Equal("SettingsRulesUnchanged", editor.RulesProblem);
        Assert.Equal("FieldRequired", editor.ReasonProblem);
        editor.Reason = "   ";
        Assert.Equal("FieldRequired", editor.ReasonProblem);
        editor.Reason = new string('理', RulesEditor.ReasonMaxLength + 1);
        Assert.Equal("FieldTooLong", editor.ReasonProblem);
        Assert.False(editor.IsValid);
    }

    [Fact]
    public void ANewLine_IsTheFirstFreeCombination_AndChangesTheRules()
    {
        var editor = Editor();

        editor.Add();

        var added = editor.Lines[^1];
        Assert.Equal(("A", "project_guide_suggestion", "alliance"), (added.Grade, added.Kind, added.Holder));
        Assert.Null(editor.LineProblem(added));
        Assert.True(editor.Changed);
        Assert.Null(editor.RulesProblem);
    }

    [Fact]
    public void OnlyTheDecisionFlagChanged_IsAChange()
    {
        var editor = Editor();
        editor.Lines[1].NeedsAdminDecision = false;

        Assert.True(editor.Changed);
    }

    [Fact]
    public void ReorderedLines_AreNoChange()
    {
        var editor = Editor();
        editor.Lines.Reverse();

        Assert.False(editor.Changed);
    }

    [Fact]
    public void ADuplicateLine_IsRefusedOnBothLines_EvenWithAnotherDecisionFlag()
    {
        var editor = Editor();
        editor.Add();
        editor.Lines[^1].Grade = "B";

        Assert.Equal("SettingsRuleDuplicate", editor.LineProblem(editor.Lines[1]));
        Assert.Equal("SettingsRuleDuplicate", editor.LineProblem(editor.Lines[2]));
        editor.Reason = "重复";
        Assert.False(editor.IsValid);
    }

    [Theory]
    [InlineData("award_nomination", "chair_unit", "SettingsRuleNeedsAlliance")]
    [InlineData("project_approval_priority", "alliance", "SettingsRuleNeedsUnit")]
    [InlineData("technology_manager_training", "alliance", "SettingsRuleNeedsUnit")]
    [InlineData("technology_manager_training", "chair_unit", null)]
    [InlineData("chief_engineer_dispatch_priority", "secretary_general_unit", null)]
    public void AKind_GoesToItsHolder(string kind, string holder, string? problem)
    {
        var editor = Editor();
        editor.Add();
        editor.Lines[^1].Grade = "C";
        editor.Lines[^1].Kind = kind;
        editor.Lines[^1].Holder = holder;

        Assert.Equal(problem, editor.LineProblem(editor.Lines[^1]));
    }

    [Fact]
    public void TheRequest_CarriesTheVersionStartedFrom_TheTrimmedReason_AndEveryLine()
    {
        var editor = Editor();
        editor.Add();
        editor.Lines[^1].Grade = "C";
        editor.Lines[^1].Kind = "technology_manager_training";
        editor.Lines[^1].Holder = "chair_unit";
        editor.Reason = "  C级联盟理事长单位纳入候选  ";

        using var body = JsonDocument.Parse(JsonSerializer.Serialize(editor.ToRequest()));

        Assert.Equal(2, body.RootElement.GetProperty("expectedVersion").GetInt32());
        Assert.Equal("C级联盟理事长单位纳入候选", body.RootElement.GetProperty("reason").GetString());
        var last = body.RootElement.GetProperty("rules").EnumerateArray().Last();
        Assert.Equal("C", last.GetProperty("grade").GetString());
        Assert.Equal("technology_manager_training", last.GetProperty("kind").GetString());
        Assert.Equal("chair_unit", last.GetProperty("holder").GetString());
        Assert.False(last.GetProperty("needsAdminDecision").GetBoolean());
        Assert.Equal("Art 26", editor.Lines[^1].Article);
        Assert.True(editor.IsValid);
    }

    [Fact]
    public void Saving_StartsFromTheNewVersion_WithANewKey_WhileReloading_KeepsTheReasonAndTheKey()
    {
        var editor = Editor();
        editor.Add();
        editor.Reason = "理由";
        var key = editor.IdempotencyKey;

        editor.Reload(new EntitlementRuleSet(3, true, null, "别人", "别人的理由", [new("A", "award_nomination", null, null, "alliance", null, false, "Art 24")]));

        Assert.Equal(3, editor.StartedFrom);
        Assert.Single(editor.Lines);
        Assert.Equal("理由", editor.Reason);
        Assert.Equal(key, editor.IdempotencyKey);

        editor.Saved(new EntitlementRuleSet(4, true, null, "我", "理由", []));

        Assert.Equal(4, editor.StartedFrom);
        Assert.Null(editor.Reason);
        Assert.NotEqual(key, editor.IdempotencyKey);
    }

    [Fact]
    public void TheServersFieldErrors_ArePlacedBesideTheLineOrTheReason()
    {
        var editor = Editor();
        editor.ServerProblem = new ApiProblem(HttpStatusCode.BadRequest, "请求有误 / Invalid request", null, [])
        {
            Fields = new Dictionary<string, IReadOnlyList<string>>
            {
                ["rules[1].grade"] = ["等级无法识别 / The grade is unknown"],
                ["reason"] = ["请填写理由。 / Give a reason."],
            },
        };

        Assert.Equal("The grade is unknown", editor.ServerLineError(1, CultureInfo.GetCultureInfo("en")));
        Assert.Null(editor.ServerLineError(0, CultureInfo.GetCultureInfo("en")));
        Assert.Equal("请填写理由。", editor.ServerReasonError(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Null(editor.UnplacedProblem(CultureInfo.GetCultureInfo("zh-CN")));
    }
}

using System.Globalization;

namespace AlliancePlatform.Membership.Domain;

/// <summary>
/// Checks an alliance against the formation conditions of Art 6 and the name rule of Art 7-2, reporting every
/// condition, passed or not, by article. Only current members count: pending ones have not signed the charter.
/// </summary>
public static class AllianceEligibility
{
    public static IReadOnlyList<EligibilityCheck> Evaluate(Alliance alliance, IEnumerable<MemberUnit> units, EligibilityPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(alliance);
        ArgumentNullException.ThrowIfNull(units);
        policy ??= EligibilityPolicy.Default;
        var unitsById = units.DistinctBy(u => u.Id).ToDictionary(u => u.Id);
        var memberIds = alliance.CurrentMemberUnitIds();
        var memberTypes = memberIds.Select(id => unitsById.GetValueOrDefault(id)?.Type).ToList();

        return
        [
            MinimumMembers(policy.MinimumMembers, memberIds.Count),
            .. policy.UnitTypeRequirements.Select(r => UnitTypes(r, memberTypes)),
            ChairUnitInHeilongjiang(alliance, unitsById),
            .. CharterClauses(alliance),
            CharterSigned(alliance),
            Council(alliance),
            ExpertCommittee(alliance),
            SecretariatStaffed(alliance),
            StandardName(alliance),
        ];
    }

    private static EligibilityCheck MinimumMembers(int minimum, int count) => new(
        "art6_1.min_members", "Art 6-1", count >= minimum,
        $"成员单位不少于{minimum}家（现有已签署章程的成员单位{count}家）。",
        $"At least {minimum} member units (now {count} that have signed the charter).");

    private static EligibilityCheck UnitTypes(UnitTypeRequirement requirement, IReadOnlyList<MemberUnitType?> memberTypes)
    {
        var count = memberTypes.Count(t => t is { } type && requirement.AnyOf.Contains(type));
        var names = requirement.AnyOf.Select(MemberUnitTypeInfo.Of).ToList();
        return new EligibilityCheck(
            requirement.Code, "Art 6-1", count >= requirement.Minimum,
            $"成员单位中至少有{requirement.Minimum}家{string.Join("或", names.Select(n => n.Name))}（现有{count}家）。",
            $"At least {requirement.Minimum} member unit(s) of type {string.Join(" or ", names.Select(n => n.NameEn))} (now {count}).");
    }

    private static EligibilityCheck ChairUnitInHeilongjiang(Alliance alliance, IReadOnlyDictionary<Guid, MemberUnit> unitsById)
    {
        const string code = "art6_1.chair_unit_in_heilongjiang";
        if (alliance.ChairUnitId is not { } chairId)
        {
            return new(code, "Art 6-1", false,
                "尚未确定理事长单位；理事长单位应是在黑龙江省内注册的独立法人单位。",
                "No chair unit yet; the chair unit must be an independent legal entity registered in Heilongjiang.");
        }

        if (!unitsById.TryGetValue(chairId, out var chair))
        {
            return new(code, "Art 6-1", false, "找不到理事长单位的登记信息。", "The chair unit's registration details are not available.");
        }

        var division = chair.CreditCode.AdministrativeDivision;
        return chair.CreditCode.IsRegisteredInHeilongjiang
            ? new(code, "Art 6-1", true,
                $"理事长单位“{chair.Name}”在黑龙江省内注册（统一社会信用代码{chair.CreditCode}，行政区划{division}）。",
                $"The chair unit {chair.Name} is registered in Heilongjiang (credit code {chair.CreditCode}, division {division}).")
            : new(code, "Art 6-1", false,
                $"理事长单位“{chair.Name}”不是在黑龙江省内注册的单位（统一社会信用代码{chair.CreditCode}的行政区划为{division}）。",
                $"The chair unit {chair.Name} is not registered in Heilongjiang (credit code {chair.CreditCode} has division {division}).");
    }

    /// <summary>One check per required clause, on the effective version or else the one under adoption.</summary>
    private static IEnumerable<EligibilityCheck> CharterClauses(Alliance alliance)
    {
        var charter = alliance.FindEffectiveCharter() ?? alliance.FindCharterUnderAdoption();
        foreach (var clause in CharterClauseInfo.All)
        {
            var code = $"{ArticleCode(clause.Article)}.charter_{clause.Code}";
            if (charter is null)
            {
                yield return new(code, clause.Article, false,
                    $"尚无联盟章程（协议），缺少“{clause.Name}”条款。", $"There is no charter yet, so it lacks a clause on {clause.NameEn}.");
            }
            else if (charter.Clauses.Has(clause.Clause))
            {
                yield return new(code, clause.Article, true,
                    $"章程第{charter.Number}版载明了“{clause.Name}”。", $"Charter version {charter.Number} has a clause on {clause.NameEn}.");
            }
            else
            {
                yield return new(code, clause.Article, false,
                    $"章程第{charter.Number}版缺少“{clause.Name}”条款。", $"Charter version {charter.Number} lacks a clause on {clause.NameEn}.");
            }
        }
    }

    private static EligibilityCheck CharterSigned(Alliance alliance)
    {
        const string code = "art6_2.charter_signed";
        if (alliance.FindEffectiveCharter() is { } effective)
        {
            var unsigned = alliance.Members.Count(m => m.Status == AllianceMemberStatus.Current && !effective.IsSignedBy(m));
            var since = effective.EffectiveOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return unsigned == 0
                ? new(code, "Art 6-2", true,
                    $"章程第{effective.Number}版已由全体成员单位的法定代表人签署，自{since}起生效。",
                    $"Charter version {effective.Number} is signed by the legal representatives of all member units and effective since {since}.")
                : new(code, "Art 6-2", false,
                    $"章程第{effective.Number}版尚有{unsigned}家成员单位的法定代表人未签署。",
                    $"Charter version {effective.Number} is still unsigned by the legal representatives of {unsigned} member unit(s).");
        }

        if (alliance.FindCharterUnderAdoption() is { } underAdoption)
        {
            var missing = alliance.SignaturesStillNeeded(underAdoption).Count;
            return new(code, "Art 6-2", false,
                $"章程第{underAdoption.Number}版尚未生效：还有{missing}家单位的法定代表人未签署。",
                $"Charter version {underAdoption.Number} is not yet effective: {missing} unit(s) have not signed it.");
        }

        return new(code, "Art 6-2", false, "尚无联盟章程（协议）。", "There is no charter yet.");
    }

    private static EligibilityCheck Council(Alliance alliance) => alliance.Council.Count > 0
        ? new("art6_3.council", "Art 6-3", true,
            $"已设立理事会（{alliance.Council.Count}名理事）。", $"The council is set up ({alliance.Council.Count} members).")
        : new("art6_3.council", "Art 6-3", false, "尚未设立理事会（决策机构）。", "No council (decision body) yet.");

    private static EligibilityCheck ExpertCommittee(Alliance alliance) => alliance.ExpertCommittee.Count > 0
        ? new("art6_3.expert_committee", "Art 6-3", true,
            $"已设立专家委员会（{alliance.ExpertCommittee.Count}名专家）。", $"The expert committee is set up ({alliance.ExpertCommittee.Count} experts).")
        : new("art6_3.expert_committee", "Art 6-3", false, "尚未设立专家委员会（咨询机构）。", "No expert committee (advisory body) yet.");

    private static EligibilityCheck SecretariatStaffed(Alliance alliance) => alliance.Secretariat switch
    {
        null => new("art6_3.secretariat", "Art 6-3", false, "尚未设立秘书处（执行机构）。", "No secretariat (executive body) yet."),
        { StaffCount: 0 } => new("art6_3.secretariat", "Art 6-3", false, "秘书处尚未配备工作人员。", "The secretariat has no staff yet."),
        var secretariat => new("art6_3.secretariat", "Art 6-3", true,
            $"已设立秘书处，配备工作人员{secretariat.StaffCount}名。", $"The secretariat is set up with {secretariat.StaffCount} staff."),
    };

    private static EligibilityCheck StandardName(Alliance alliance) => AllianceName.IsStandard(alliance.Name)
        ? new("art7_2.standard_name", "Art 7-2", true,
            $"联盟名称“{alliance.Name}”符合“黑龙江省***产业技术创新联盟”的规范。",
            $"The name {alliance.Name} has the standard form “黑龙江省***产业技术创新联盟”.")
        : new("art7_2.standard_name", "Art 7-2", false,
            $"联盟名称“{alliance.Name}”不符合“黑龙江省***产业技术创新联盟”的规范。",
            $"The name {alliance.Name} does not have the standard form “黑龙江省***产业技术创新联盟”.");

    /// <summary>"Art 6-2" → "art6_2".</summary>
    private static string ArticleCode(string article) =>
        article.Replace("Art ", "art", StringComparison.Ordinal).Replace('-', '_');
}

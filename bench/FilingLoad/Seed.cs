using System.Diagnostics;
using Npgsql;

namespace AlliancePlatform.Bench.FilingLoad;

/// <summary>
/// Fills Filing's database straight through SQL, as if Membership's events and years of filing had been applied:
/// the register (filed alliances with their projections and member units) and Draft applications ready to submit.
/// Going through the API would take tens of calls per application and hours per 10,000 alliances.
/// </summary>
public static class Seed
{
    /// <summary>The unit of the Harbin demo applicant (applicant-demo), who submits the seeded applications.</summary>
    public const string ApplicantOrganization = "91230100MA1B2C3D49";

    public static readonly (string Code, string Name)[] Fields =
    [
        ("digital_economy", "数字经济"), ("bio_economy", "生物经济"), ("ice_snow_economy", "冰雪经济"), ("creative_design", "创意设计"),
        ("aerospace", "航空航天"), ("electronic_information", "电子信息"), ("new_materials", "新材料"), ("high_end_equipment", "高端装备"),
        ("agricultural_machinery", "农机装备"), ("future_manufacturing", "未来制造"), ("future_energy", "未来能源"),
        ("future_health", "未来健康"), ("traditional_advantage", "传统优势产业"), ("modern_services", "现代服务业"),
    ];

    /// <summary>Heilongjiang's twelve cities and the Greater Khingan prefecture (GB/T 2260).</summary>
    public static readonly string[] Cities =
        ["230100", "230200", "230300", "230400", "230500", "230600", "230700", "230800", "230900", "231000", "231100", "231200", "232700"];

    private static readonly string[] UnitTypes = ["enterprise", "university", "research_institute", "service_org", "financial_institution", "other"];

    /// <summary>
    /// Filed alliances spread over 2019–2026 and all fields and cities, most Active, 5% yellow-carded, 3% revoked; each
    /// with ten member units. Names: 黑龙江省{field}{n}产业技术创新联盟.
    /// </summary>
    private const string RegisterSql = """
        CREATE TEMP TABLE seed_alliances ON COMMIT DROP AS
        SELECT n, gen_random_uuid() AS alliance_id,
               (@fields)[1 + n % cardinality(@fields)] AS field,
               (@fieldNames)[1 + n % cardinality(@fields)] AS field_name,
               left((@cities)[1 + (n / 7) % cardinality(@cities)], 4) || (ARRAY['00','02','03','04','08'])[1 + n % 5] AS region,
               2019 + n % 8 AS year, n / 8 + 1 AS sequence,
               least(make_date(2019 + n % 8, 1, 1) + (n * 37) % 360, current_date - 1) AS filed_on
        FROM generate_series(1, @alliances) AS n;

        INSERT INTO alliance_projections (alliance_id, name, industry_field, registered_at, projected_at, registered_by_organization,
            acting_unit_codes, chair_unit, chair_unit_changed_at, chair_unit_name, eligibility_assessed_at, eligibility_checks, eligible, region)
        SELECT alliance_id, '黑龙江省' || field_name || n || '产业技术创新联盟', field, make_date(year, 1, 1) - 60, now(),
               '91' || region || 'MA' || upper(substr(md5('chair' || n), 1, 8)),
               ARRAY['91' || region || 'MA' || upper(substr(md5('chair' || n), 1, 8))],
               jsonb_build_object('memberUnitId', gen_random_uuid(), 'name', '黑龙江' || field_name || n || '科技有限公司',
                   'creditCode', '91' || region || 'MA' || upper(substr(md5('chair' || n), 1, 8)), 'unitType', 'enterprise', 'region', region),
               make_date(year, 1, 1) - 30, '黑龙江' || field_name || n || '科技有限公司', now(), '[]'::jsonb, true, region
        FROM seed_alliances;

        INSERT INTO filed_alliances (id, alliance_id, application_id, filing_number, document_number, filed_on, filed_at, status,
            yellow_carded_since, revoked_on, name, industry_field, region, chair_unit)
        SELECT gen_random_uuid(), alliance_id, gen_random_uuid(),
               'HLJCXLM-' || year || '-' || lpad(sequence::text, 4, '0'), '黑科发〔' || year || '〕' || sequence || '号',
               filed_on, (filed_on + time '10:00') AT TIME ZONE 'Asia/Shanghai',
               CASE WHEN n % 100 < 3 THEN 'Revoked' WHEN n % 100 < 8 THEN 'YellowCarded' ELSE 'Active' END,
               CASE WHEN n % 100 BETWEEN 3 AND 7 THEN least(filed_on + 400, current_date) END,
               CASE WHEN n % 100 < 3 THEN least(filed_on + 700, current_date) END,
               '黑龙江省' || field_name || n || '产业技术创新联盟', field, region, '黑龙江' || field_name || n || '科技有限公司'
        FROM seed_alliances;

        INSERT INTO member_unit_projections (alliance_id, member_unit_id, name, credit_code, unit_type, region, is_current_member, changed_at)
        SELECT alliance_id, gen_random_uuid(), '黑龙江' || field_name || n || '成员单位' || m,
               '91' || region || 'MA' || upper(substr(md5('unit' || n || '-' || m), 1, 8)),
               (@unitTypes)[1 + (n + m) % cardinality(@unitTypes)], region, (n + m) % 20 <> 0, make_date(year, 1, 1) - 30
        FROM seed_alliances, generate_series(1, @membersEach) AS m;
        """;

    /// <summary>
    /// Alliances the Harbin applicant's unit registered, assessed eligible, each with a Draft application holding the
    /// application form and the charter: what Submit requires (Art 11-1).
    /// </summary>
    private const string ApplicationsSql = """
        CREATE TEMP TABLE seed_applications ON COMMIT DROP AS
        SELECT n, gen_random_uuid() AS alliance_id, gen_random_uuid() AS application_id,
               (@fields)[1 + n % cardinality(@fields)] AS field, (@fieldNames)[1 + n % cardinality(@fields)] AS field_name
        FROM generate_series(1, @applications) AS n;

        INSERT INTO alliance_projections (alliance_id, name, industry_field, registered_at, projected_at, registered_by_organization,
            acting_unit_codes, eligibility_assessed_at, eligibility_checks, eligible, region)
        SELECT alliance_id, '黑龙江省' || field_name || '申报' || n || '产业技术创新联盟', field, now() - interval '90 days', now(),
               @applicant, ARRAY[@applicant], now(), '[]'::jsonb, true, '230100'
        FROM seed_applications;

        INSERT INTO filing_applications (id, alliance_id, alliance_name, industry_field, region, applicant_organization, created_at, status)
        SELECT application_id, alliance_id, '黑龙江省' || field_name || '申报' || n || '产业技术创新联盟', field, '230100', @applicant,
               now() - interval '2 days', 'Draft'
        FROM seed_applications;

        INSERT INTO application_attachments (id, kind, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by, application_id)
        SELECT gen_random_uuid(), kind, file_name, 'application/pdf', 180000 + n, encode(sha256((kind || n)::bytea), 'hex'),
               now() - interval '1 day', 'applicant-demo', application_id
        FROM seed_applications,
             (VALUES ('ApplicationForm', '联盟省级备案申请书.pdf'), ('Charter', '联盟章程.pdf')) AS a(kind, file_name);

        INSERT INTO filing_transitions (id, at, actor_subject, actor_role, "from", "to", decision, application_id)
        SELECT gen_random_uuid(), now() - interval '2 days', 'applicant-demo', 'applicant', NULL, 'Draft', 'created', application_id
        FROM seed_applications;

        SELECT application_id FROM seed_applications ORDER BY n;
        """;

    /// <returns>The ids of the Draft applications, in the order they are to be submitted.</returns>
    public static async Task<IReadOnlyList<Guid>> RunAsync(string connectionString, int alliances, int membersEach, int applications)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await using var register = Command(connection, RegisterSql);
            register.Transaction = transaction;
            register.Parameters.AddWithValue("alliances", alliances);
            register.Parameters.AddWithValue("membersEach", membersEach);
            register.Parameters.AddWithValue("cities", Cities);
            register.Parameters.AddWithValue("unitTypes", UnitTypes);
            await register.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        var ids = new List<Guid>(applications);
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await using var drafts = Command(connection, ApplicationsSql);
            drafts.Transaction = transaction;
            drafts.Parameters.AddWithValue("applications", applications);
            drafts.Parameters.AddWithValue("applicant", ApplicantOrganization);
            await using (var reader = await drafts.ExecuteReaderAsync())
            {
                // A batch answers one result per statement; only the last one has rows.
                do
                {
                    while (await reader.ReadAsync())
                    {
                        ids.Add(reader.GetGuid(0));
                    }
                }
                while (await reader.NextResultAsync());
            }
            await transaction.CommitAsync();
        }

        await using (var analyze = Command(connection, "ANALYZE"))
        {
            await analyze.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"Seeded {alliances:N0} filed alliances, {alliances * membersEach:N0} member units and {applications:N0} Draft applications in {clock.Elapsed.TotalSeconds:F1} s.");
        return ids;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("fields", Fields.Select(f => f.Code).ToArray());
        command.Parameters.AddWithValue("fieldNames", Fields.Select(f => f.Name).ToArray());
        return command;
    }
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AlliancePlatform.Membership.Domain;
using AlliancePlatform.Membership.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.ServiceDefaults.Http.Idempotency;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using AlliancePlatform.ServiceDefaults.Http;

namespace AlliancePlatform.Membership.Features.Units;

public sealed record UnitRequest(
    [Required, MaxLength(100)] string Name,
    MemberUnitType Type,
    [Required, MaxLength(6)] string RegisteredRegion,
    [Required, MaxLength(50)] string LegalRepresentative,
    [Required, MaxLength(50)] string ContactPerson,
    [Required, MaxLength(30)] string ContactPhone,
    [MaxLength(254)] string? ContactEmail)
{
    public MemberUnitDetails ToDetails() =>
        new(Name, Type, RegisteredRegion, LegalRepresentative, ContactPerson, ContactPhone, ContactEmail);
}

public sealed record RegisterUnitRequest(
    [Required, MaxLength(18), Description("Unified social credit code (GB 32100-2015), 18 characters, upper case")] string CreditCode,
    UnitRequest Unit);

public sealed record UnitListFilter(
    [property: Description("Exact unified social credit code")] string? CreditCode,
    [property: Description("Part of the unit's name")] string? Name);

/// <summary>Member units (成员单位): organisations identified by their credit code, shared by every alliance they join.</summary>
internal static class UnitsEndpoints
{
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/membership/units").WithTags("Member units");
        units.MapPost("/", RegisterAsync)
            .WithName("RegisterUnit")
            .WithSummary("Enter a member unit by its unified social credit code (checked per GB 32100-2015)")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Applicant))
            .WithIdempotency<MembershipDbContext, RouteHandlerBuilder>()
            .Audited("member_unit.register", "member_unit")
            .WithRequestExample(new RegisterUnitRequest("91230100MA1B2C3D49", Example))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        units.MapPut("/{id:guid}", UpdateAsync)
            .WithName("UpdateUnit")
            .WithSummary("Correct a unit's details; its credit code never changes")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Applicant))
            .WithIdempotency<MembershipDbContext, RouteHandlerBuilder>()
            .Audited("member_unit.update", "member_unit")
            .WithRequestExample(Example)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        units.MapGet("/{id:guid}", GetAsync)
            .WithName("GetUnit")
            .WithSummary("One member unit")
            .ForAllianceReaders()
            .ProducesProblem(StatusCodes.Status404NotFound);
        units.MapGet("/", ListAsync)
            .WithName("ListUnits")
            .WithSummary("Find member units by credit code or name, a page at a time")
            .ForAllianceReaders();
        return app;
    }

    private static readonly UnitRequest Example = new(
        "哈尔滨新材料科技有限公司", MemberUnitType.Enterprise, "230100", "王建国", "李明", "0451-86412345", "liming@example.cn");

    private static async Task<Created<UnitResponse>> RegisterAsync(
        RegisterUnitRequest request, ClaimsPrincipal user, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var unit = MemberUnit.Register(request.CreditCode, request.Unit.ToDetails(), user.Organization(), clock.GetUtcNow());
        if (await db.MemberUnits.AnyAsync(u => u.CreditCode == unit.CreditCode, cancellationToken))
        {
            throw new RuleViolationException(MemberUnitRules.CreditCodeTaken);
        }
        db.MemberUnits.Add(unit);
        audit.Succeeded(unit.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/membership/units/{unit.Id}", UnitResponse.From(unit, withDetails: true));
    }

    private static async Task<Results<Ok<UnitResponse>, NotFound>> UpdateAsync(
        Guid id, UnitRequest request, MembershipDbContext db, UnitAccess access, IAuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var unit = await db.MemberUnits.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null || !access.CanMaintain(unit))
        {
            return TypedResults.NotFound();
        }
        unit.Update(request.ToDetails(), clock.GetUtcNow());
        audit.Succeeded(unit.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(UnitResponse.From(unit, withDetails: true));
    }

    private static async Task<Results<Ok<UnitResponse>, NotFound>> GetAsync(Guid id, MembershipDbContext db, UnitAccess access, CancellationToken cancellationToken)
    {
        var unit = await db.MemberUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return unit is null ? TypedResults.NotFound() : TypedResults.Ok(UnitResponse.From(unit, access.CanSeeDetails(unit)));
    }

    private static async Task<Page<UnitResponse>> ListAsync(
        [AsParameters] UnitListFilter filter, [AsParameters] PageRequest page, MembershipDbContext db, UnitAccess access, CancellationToken cancellationToken)
    {
        var units = db.MemberUnits.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.CreditCode))
        {
            if (!UnifiedSocialCreditCode.TryParse(filter.CreditCode, out var code))
            {
                return new Page<UnitResponse>([], page.Number, page.Size, 0);
            }
            units = units.Where(u => u.CreditCode == code);
        }
        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            units = units.Where(u => u.Name.Contains(filter.Name.Trim()));
        }
        return await page.ReadAsync(units.OrderBy(u => u.Name).ThenBy(u => u.Id), u => UnitResponse.From(u, access.CanSeeDetails(u)), cancellationToken);
    }
}

using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Licences.Contracts.Pages;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Licences.Tests;

/// <summary>The licence page's brand-use requests: the licensee submits, the licensor's staff decide, outsiders see nothing.</summary>
public abstract class BrandUsePageScenarios : LicenceScenarioBase
{
    [DbFact]
    public async Task The_licensee_submits_from_the_page_and_the_head_decides_under_the_modules_rules()
    {
        var draft = await F.DraftAsync(Services, F.Step.Id, LicenceSamples.Pau());
        var beforeSigning = await Services.SendAsync(new GetLicenceBrandUses(draft.Id), F.StepAdmin);
        Assert.Equal((false, false), (beforeSigning.CanSubmit, beforeSigning.CanDecide)); // no use under a draft
        Services.Clock.Advance(TimeSpan.FromDays(8));
        await F.SignBothAsync(Services, draft);

        var bad = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new SubmitLicenceBrandUse(draft.Id, "tattoo", " ", null), F.StepAdmin));
        Assert.Equal(["/description", "/kind"], bad.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        var flyer = await Services.SendAsync(new SubmitLicenceBrandUse(draft.Id, "flyer", "Flyer d'ouverture", "flyer-v1.pdf"), F.StepAdmin);
        var livery = await Services.SendAsync(new SubmitLicenceBrandUse(draft.Id, "vehicleLivery", "Livrée du vélo n° 3", null), F.StepAdmin);
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new SubmitLicenceBrandUse(draft.Id, "flyer", "x", null), F.HeadStaff));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new SubmitLicenceBrandUse(draft.Id, "flyer", "x", null), F.OutsiderAdmin));

        var noWhy = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new DecideLicenceBrandUse(livery, false, ""), F.HeadStaff));
        Assert.Equal("/comment", Assert.Single(noWhy.Errors).Path);
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(new DecideLicenceBrandUse(flyer, true, null), F.StepAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new DecideLicenceBrandUse(flyer, true, null), F.OutsiderAdmin));
        await Services.SendAsync(new DecideLicenceBrandUse(flyer, true, null), F.HeadStaff);
        await Services.SendAsync(new DecideLicenceBrandUse(livery, false, "Logo hors charte"), F.HeadStaff);

        var licensee = await Services.SendAsync(new GetLicenceBrandUses(draft.Id), F.StepAdmin);
        Assert.Equal((true, false), (licensee.CanSubmit, licensee.CanDecide));
        Assert.Contains(new BrandUseKindChoice("vehicleLivery", "livrée de véhicule"), licensee.Kinds);
        Assert.Equal([("livrée de véhicule", "refusé", false, false, "Logo hors charte"), ("flyer", "approuvé", false, true, null)],
            licensee.Uses.Select(u => (u.KindLabel, u.StatusLabel, u.Pending, u.Approved, u.Comment)));
        var head = await Services.SendAsync(new GetLicenceBrandUses(draft.Id), F.HeadStaff);
        Assert.Equal((false, true, "Chargée de réseau"), (head.CanSubmit, head.CanDecide, head.Uses[1].DecidedBy));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetLicenceBrandUses(draft.Id), F.OutsiderAdmin));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetLicenceBrandUses(Guid.NewGuid()), F.HeadStaff));
    }
}

public sealed class SqliteBrandUsePageTests : BrandUsePageScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerBrandUsePageTests : BrandUsePageScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}

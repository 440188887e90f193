using FluentValidation;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Modules.Network.Domain;
using SwarmNet.BuildingBlocks.Validation;

namespace SwarmNet.Modules.Network.Organizations;

internal sealed class OrganizationDetailsValidator : AbstractValidator<IOrganizationDetails>
{
    /// <summary>Insertion structures work under a State approval (conventionnement IAE): they must say which.</summary>
    private static readonly LegalForm[] IaeForms = [LegalForm.EntrepriseInsertion, LegalForm.Aci, LegalForm.Etti];

    public OrganizationDetailsValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200).SafeName();
        RuleFor(c => c.LegalForm).IsInEnum();
        RuleFor(c => c.Address).MaximumLength(200);
        RuleFor(c => c.PostalCode).Matches("^[0-9]{5}$").When(c => !string.IsNullOrEmpty(c.PostalCode))
            .WithMessage(_ => Text.T("Le code postal compte 5 chiffres.", "The postal code has 5 digits."));
        RuleFor(c => c.City).MaximumLength(100);
        RuleFor(c => c.IaeApproval).MaximumLength(50);
        RuleFor(c => c.IaeApproval).NotEmpty().When(c => IaeForms.Contains(c.LegalForm))
            .WithMessage(_ => Text.T("Une structure d'insertion indique son conventionnement IAE.", "An insertion structure states its IAE approval."));
        RuleFor(c => c.Siret).Must(Siret.IsValid).When(c => !string.IsNullOrEmpty(c.Siret))
            .WithMessage(_ => Siret.Invalid());
        RuleFor(c => c.Referent!).ChildRules(referent =>
        {
            referent.RuleFor(r => r.Name).NotEmpty().MaximumLength(100).SafeName();
            referent.RuleFor(r => r.Role).NotEmpty().MaximumLength(100);
            referent.RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(200);
            referent.RuleFor(r => r.Phone).MaximumLength(30);
            referent.RuleFor(r => r.DedicatedTimePercent).InclusiveBetween(0, 100);
        }).When(c => c.Referent is not null);
    }
}

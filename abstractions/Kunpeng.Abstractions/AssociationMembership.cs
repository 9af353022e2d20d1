namespace Kunpeng.Abstractions;

/// <summary>Membership of a culture and art association, ascending.</summary>
public enum AssociationMembership { None, Municipal, National }

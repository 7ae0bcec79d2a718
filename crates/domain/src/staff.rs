//! Who may do what in the back office: a global admin, and per process organisers, moderators
//! and check-in helpers.

use crate::ProcessId;

/// A role a staff member holds for one process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Organiser,
    Moderator,
    CheckIn,
}

impl Role {
    pub const ALL: &'static [Role] = &[Role::Organiser, Role::Moderator, Role::CheckIn];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Organiser => "organiser",
            Role::Moderator => "moderator",
            Role::CheckIn => "checkin",
        }
    }

    pub fn parse(raw: &str) -> Option<Role> {
        Self::ALL.iter().copied().find(|r| r.as_str() == raw)
    }
}

/// Something a staff member wants to do within a process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    /// See the list of registrations with their personal data.
    ViewRegistrations,
    /// Approve, reject, cancel, move, add walk-ins, mail registrants.
    ManageRegistrations,
    /// Download registration lists.
    Export,
    /// Mark people present at the door, finding them by code or name.
    CheckIn,
    /// Hide comments and proposals.
    Moderate,
    /// See the mails sent and retry failed ones.
    ViewOutbox,
    /// Edit the analysis, the action plan and workshop results, and answer proposals.
    EditContent,
    /// Read the reports of barriers sent through the accessibility statement and mark them
    /// handled. The reports belong to the whole site, so a grant in any process suffices.
    HandleAccessibilityFeedback,
}

impl Permission {
    pub const ALL: &'static [Permission] = &[
        Permission::ViewRegistrations,
        Permission::ManageRegistrations,
        Permission::Export,
        Permission::CheckIn,
        Permission::Moderate,
        Permission::ViewOutbox,
        Permission::EditContent,
        Permission::HandleAccessibilityFeedback,
    ];
}

impl Role {
    /// What the role allows; a check-in helper sees names at the door and nothing more.
    pub fn allows(self, permission: Permission) -> bool {
        use Permission::*;
        match self {
            Role::Organiser => true,
            Role::Moderator => matches!(permission, Moderate),
            Role::CheckIn => matches!(permission, CheckIn),
        }
    }
}

/// A signed-in staff member with everything they may do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub is_admin: bool,
    pub roles: Vec<(ProcessId, Role)>,
}

impl StaffMember {
    pub fn may(&self, permission: Permission, process: ProcessId) -> bool {
        self.is_admin
            || self
                .roles
                .iter()
                .any(|(p, role)| *p == process && role.allows(permission))
    }

    /// Whether any process grants the permission, to decide what the navigation offers.
    pub fn may_anywhere(&self, permission: Permission) -> bool {
        self.is_admin || self.roles.iter().any(|(_, role)| role.allows(permission))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(roles: Vec<(ProcessId, Role)>) -> StaffMember {
        StaffMember {
            id: 1,
            email: "a@example.org".into(),
            display_name: "A".into(),
            is_admin: false,
            roles,
        }
    }

    #[test]
    fn roles_grant_only_within_their_process() {
        let dresden = ProcessId(1);
        let leipzig = ProcessId(2);
        let organiser = member(vec![(dresden, Role::Organiser)]);
        assert!(organiser.may(Permission::Export, dresden));
        assert!(!organiser.may(Permission::Export, leipzig));
    }

    #[test]
    fn a_check_in_helper_cannot_export_and_a_moderator_cannot_see_registrations() {
        let p = ProcessId(1);
        let helper = member(vec![(p, Role::CheckIn)]);
        assert!(helper.may(Permission::CheckIn, p));
        assert!(!helper.may(Permission::Export, p));
        assert!(!helper.may(Permission::ViewRegistrations, p));
        let moderator = member(vec![(p, Role::Moderator)]);
        assert!(moderator.may(Permission::Moderate, p));
        assert!(!moderator.may(Permission::ViewRegistrations, p));
        assert!(!moderator.may_anywhere(Permission::HandleAccessibilityFeedback));
        assert!(!helper.may_anywhere(Permission::HandleAccessibilityFeedback));
        let organiser = member(vec![(p, Role::Organiser)]);
        assert!(organiser.may_anywhere(Permission::HandleAccessibilityFeedback));
        let mut admin = member(vec![]);
        admin.is_admin = true;
        assert!(Permission::ALL.iter().all(|perm| admin.may(*perm, p)));
    }
}

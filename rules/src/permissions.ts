// Who may do what: the one table the API's routes, the back office's canAccess and the authorisation tests read. Each
// resource lists its actions and the roles allowed each; an action no role may take is simply absent. What a role may
// see of a single record (a professional's own patients and tasks) is the API's per-record scope, not this table.

export const ROLES = ['coordinator', 'professional', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const EVERYONE = ROLES;
const COORDINATOR = ['coordinator'] as const;
// The people who follow patients' care: the coordination, the professionals (their own patients) and the auditors.
const CARE = ['coordinator', 'professional', 'auditor'] as const;
// The coordination's tools, which auditors read in full to audit them.
const OVERSIGHT = ['coordinator', 'auditor'] as const;
// Who keeps the machinery running: failed steps and undelivered messages.
const SUPERVISORS = ['coordinator', 'admin'] as const;
const ADMIN = ['admin'] as const;
// Who configures the CPTS's organisation: its territory and its named pools. The coordination knows who the referent
// nurse is and which communes the CPTS serves; the admin answers for the system and its accounts.
const ORGANISERS = ['coordinator', 'admin'] as const;

export const PERMISSIONS = {
  parcours: {
    list: EVERYONE,
    show: EVERYONE,
    create: COORDINATOR,
    edit: COORDINATOR,
    validate: EVERYONE,
    simulate: OVERSIGHT,
    publish: COORDINATOR,
    retire: COORDINATOR,
  },
  // The parcours language's catalogues, read by every editor and form.
  templates: { list: EVERYONE },
  facts: { list: EVERYONE },
  outcomes: { list: EVERYONE },
  patients: {
    list: CARE,
    show: CARE,
    create: COORDINATOR,
    import: COORDINATOR,
    edit: COORDINATOR,
    delete: COORDINATOR,
    // Declaring or ending a membership of the patient's care team (who cares for them is read with the patient).
    'care-team': COORDINATOR,
    // Recording that the patient was informed, objected or withdrew an objection (the history is read with the
    // patient): the coordination, and the professionals who care for them, since the patient most often says it in
    // consultation to their own doctor or nurse (the API checks the professional may see the patient).
    say: ['coordinator', 'professional'],
    // The right of access (RGPD art. 15): who accessed this patient's data and when, printed for the patient.
    'access-log': ['auditor'],
    // Finding a patient outside one's care team by exact name and birth date, before a break-the-glass access: the
    // answer holds identity only. Coordinators and auditors list every patient already.
    lookup: ['professional'],
  },

  // The territory's communes: offered by every patient and user form, configured by the organisers.
  communes: { list: EVERYONE, show: EVERYONE, create: ORGANISERS, edit: ORGANISERS, delete: ORGANISERS },
  // The CPTS's named pools (the referent nurse, the coordination cell) a task may be assigned to: every editor and task
  // page names them; the organisers say who is in each.
  pools: { list: EVERYONE, show: EVERYONE, create: ORGANISERS, edit: ORGANISERS, delete: ORGANISERS },
  // « Bris de glace »: a professional outside the care team opens a patient's file for a stated reason (create); the
  // auditors, and the admin who answers for the system, read every such access (list), as they read the access log.
  'break-glass': { create: ['professional'], list: ['auditor', 'admin'] },
  // The directory a task is reassigned from.
  professionals: { list: EVERYONE },
  users: { list: ADMIN, show: ADMIN, create: ADMIN, edit: ADMIN, delete: ADMIN },
  journeys: {
    list: CARE,
    show: CARE,
    create: COORDINATOR,
    cancel: COORDINATOR,
    facts: COORDINATOR,
    retry: SUPERVISORS,
    // The explained history shows the facts each decision read, across patients: not a professional's view.
    history: OVERSIGHT,
    replay: OVERSIGHT,
  },
  tasks: {
    list: CARE,
    show: CARE,
    // Claiming is for the professionals who will do the task; a coordinator reassigns it instead.
    claim: ['professional'],
    unclaim: ['professional', 'coordinator'],
    reassign: COORDINATOR,
    complete: ['professional', 'coordinator'],
  },
  enrolments: { list: OVERSIGHT, show: OVERSIGHT, create: COORDINATOR, preview: COORDINATOR },
  indicators: { list: ['coordinator', 'auditor', 'admin'] },
  // The access log is for auditors (and the admin who answers for the system): coordinators are among those it watches.
  audit: { list: ['auditor', 'admin'] },
  // Everyone has an inbox, scoped to them by the API; only reading and the read mark are possible there.
  messages: { list: EVERYONE, show: EVERYONE, read: EVERYONE },
  'message-deliveries': { list: SUPERVISORS, retry: SUPERVISORS },
} as const satisfies Record<string, Record<string, readonly Role[]>>;

export type Resource = keyof typeof PERMISSIONS;
export type Action<R extends Resource> = keyof (typeof PERMISSIONS)[R] & string;
/** One cell of the table, e.g. `['patients', 'list']`. */
export type Permission = { [R in Resource]: readonly [R, Action<R>] }[Resource];

/**
 * Who sees a resource's pages in the back office, where that is fewer than who may read it through the API. Anything
 * not listed here is shown to exactly the roles the table allows.
 */
export const BACK_OFFICE_PAGES: Partial<Record<Resource, readonly Role[]>> = {
  // Professionals and admins read parcours through the API only for their names and catalogues (pickers, labels);
  // the parcours pages are the coordination's editor, which auditors read.
  parcours: OVERSIGHT,
  // Everyone reads communes through the pickers; the page that edits the territory is the organisers'.
  communes: ORGANISERS,
  // Who is in which pool decides who sees which tasks: the organisers set it, auditors read it.
  pools: ['coordinator', 'auditor', 'admin'],
};

/** The roles the table allows for `action` on `resource`; none for a resource or action it does not know. */
export function allowedRoles(resource: string, action: string): readonly Role[] {
  if (!Object.hasOwn(PERMISSIONS, resource)) return [];
  const actions: Record<string, readonly Role[]> = PERMISSIONS[resource as Resource];
  return Object.hasOwn(actions, action) ? actions[action]! : [];
}

/** Every cell of the table, for the tests that check each one is used and agreed on. */
export function permissionList(): { resource: Resource; action: string; roles: readonly Role[] }[] {
  return Object.entries(PERMISSIONS).flatMap(([resource, actions]) =>
    Object.entries(actions).map(([action, roles]) => ({ resource: resource as Resource, action, roles })),
  );
}

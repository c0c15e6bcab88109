import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import type { DomainMessages } from './fr';

const enDomain: DomainMessages = {
  parcours: {
    app: {
      title: 'Parcours — CPTS',
      tagline: 'Care pathway coordination for the CPTS',
    },
    auth: {
      title: 'Sign in',
      subtitle: 'Workspace of the CPTS health professionals',
      email: 'Email address',
      password: 'Password',
      sign_in: 'Sign in',
      invalid_credentials: 'Wrong email address or password.',
      unreachable: 'The server is not responding. Try again in a moment.',
      session_expired: 'Your session has expired: please sign in again.',
    },
    language: 'Language',
    common: {
      yes: 'Yes',
      no: 'No',
      not_set: 'Not set',
      back_to_list: 'Back to the list',
    },
    roles: {
      coordinator: 'CPTS coordinator',
      professional: 'Health professional',
      auditor: 'Auditor',
      admin: 'Administrator',
    },
    professions: {
      MG: 'General practitioner (GP)',
      IDE: 'Nurse (IDE)',
      IPA: 'Advanced-practice nurse (IPA)',
      PHARMACIEN: 'Pharmacist',
      KINE: 'Physiotherapist',
      DIETETICIEN: 'Dietitian',
      PODOLOGUE: 'Podiatrist',
      'SAGE-FEMME': 'Midwife',
      ORTHOPTISTE: 'Orthoptist',
    },
    sex: {
      F: 'Female',
      M: 'Male',
      X: 'Other / unspecified',
    },
    status: {
      journey: {
        running: 'Running',
        completed: 'Completed',
        cancelled: 'Cancelled',
        failed: 'Failed',
      },
      task: {
        open: 'To do',
        completed: 'Done',
        cancelled: 'Cancelled',
      },
      parcours: {
        draft: 'Draft',
        published: 'Published',
        retired: 'Retired',
      },
    },
    dashboard: {
      title: 'Dashboard',
      welcome: 'Hello %{name}',
      intro: 'Here is the activity of the CPTS care pathways.',
      see_all: 'See all',
      counts: {
        patients: 'Patients followed',
        journeys_running: 'Running journeys',
        tasks_open: 'Tasks to do',
        parcours_published: 'Published pathways',
      },
      health: {
        title: 'Service status',
        ok: 'Operational',
        degraded: 'Degraded',
        unavailable: 'Unavailable',
        database: 'Database',
        temporal: 'Pathway engine',
      },
    },
    patients: {
      search: 'Search a patient',
      journeys: 'Patient journeys',
      no_journeys: 'This patient is not in any care pathway.',
    },
    journeys: {
      current_step: 'Current step',
      current_step_tasks: 'Tasks of the current step',
      all_tasks: 'All tasks of the journey',
      no_current_step: 'No current step.',
      no_tasks: 'No task.',
    },
    tasks: {
      menu: 'My tasks',
      overdue: 'Overdue',
      no_due_date: 'No due date',
      form: 'Information to enter',
      answers: 'Recorded answers',
      no_answers: 'No recorded answer.',
      complete: {
        submit: 'Complete the task',
        no_fields: 'Nothing to enter: submit to close the task.',
        success: 'Task completed.',
        confirmation_title: 'Task completed',
        confirmation_body: 'Your answers were recorded and the patient’s journey goes on.',
        not_open: 'This task is closed: it can no longer be completed.',
        not_allowed: 'You cannot complete this task.',
      },
      validation: {
        integer: 'Must be a whole number',
      },
    },
    parcours: {
      body: 'Pathway definition (JSON, read only)',
    },
  },
  resources: {
    patients: {
      name: 'Patient |||| Patients',
      fields: {
        id: 'Identifier',
        firstName: 'First name',
        lastName: 'Last name',
        birthDate: 'Date of birth',
        sex: 'Sex',
        conditions: 'Conditions',
        ald: 'Long-term conditions (ALD)',
        hasMedecinTraitant: 'Has a registered GP',
        lastDischargeAt: 'Last hospital discharge',
        q: 'Search',
      },
    },
    journeys: {
      name: 'Journey |||| Journeys',
      fields: {
        id: 'Identifier',
        patientId: 'Patient',
        parcoursKey: 'Care pathway',
        parcoursVersion: 'Pathway version',
        status: 'Status',
        outcome: 'Outcome',
        currentStep: 'Current step',
        startedAt: 'Started',
        endedAt: 'Ended',
      },
    },
    tasks: {
      name: 'Task |||| Tasks',
      fields: {
        id: 'Identifier',
        journeyId: 'Journey',
        stepId: 'Step',
        title: 'Task',
        status: 'Status',
        assigneeProfession: 'Expected profession',
        assigneeRole: 'Expected role',
        assigneeUserId: 'Assigned professional',
        dueAt: 'Due',
        answers: 'Answers',
        completedAt: 'Completed on',
      },
    },
    parcours: {
      name: 'Care pathway |||| Care pathways',
      fields: {
        id: 'Identifier',
        key: 'Code',
        version: 'Version',
        status: 'Status',
        title: 'Title',
        body: 'Definition',
        publishedAt: 'Published on',
      },
    },
  },
};

export const en: TranslationMessages = { ...englishMessages, ...enDomain };

// French is the reference language: its keys define the shape every other language must follow.
import type { TranslationMessages } from 'react-admin';
import frenchMessages from 'ra-language-french';

export const frDomain = {
  parcours: {
    app: {
      title: 'Parcours — CPTS',
      tagline: 'Coordination des parcours de soins de la CPTS',
    },
    auth: {
      title: 'Connexion',
      subtitle: 'Espace des professionnels de santé de la CPTS',
      email: 'Adresse e-mail',
      password: 'Mot de passe',
      sign_in: 'Se connecter',
      invalid_credentials: 'Adresse e-mail ou mot de passe incorrect.',
      unreachable: 'Le serveur ne répond pas. Réessayez dans un instant.',
      session_expired: 'Votre session a expiré : veuillez vous reconnecter.',
    },
    language: 'Langue',
    common: {
      yes: 'Oui',
      no: 'Non',
      not_set: 'Non renseigné',
      back_to_list: 'Retour à la liste',
    },
    roles: {
      coordinator: 'Coordinateur·rice de la CPTS',
      professional: 'Professionnel·le de santé',
      auditor: 'Auditeur·rice',
      admin: 'Administrateur·rice',
    },
    professions: {
      MG: 'Médecin généraliste (MG)',
      IDE: 'Infirmier·ère (IDE)',
      IPA: 'Infirmier·ère en pratique avancée (IPA)',
      PHARMACIEN: 'Pharmacien·ne',
      KINE: 'Masseur-kinésithérapeute (kiné)',
      DIETETICIEN: 'Diététicien·ne',
      PODOLOGUE: 'Pédicure-podologue',
      'SAGE-FEMME': 'Sage-femme',
      ORTHOPTISTE: 'Orthoptiste',
    },
    sex: {
      F: 'Femme',
      M: 'Homme',
      X: 'Autre / non précisé',
    },
    status: {
      journey: {
        running: 'En cours',
        completed: 'Terminé',
        cancelled: 'Annulé',
        failed: 'En échec',
      },
      task: {
        open: 'À faire',
        completed: 'Faite',
        cancelled: 'Annulée',
      },
      parcours: {
        draft: 'Brouillon',
        published: 'Publié',
        retired: 'Retiré',
      },
    },
    dashboard: {
      title: 'Tableau de bord',
      welcome: 'Bonjour %{name}',
      intro: 'Voici l’activité des parcours de soins de la CPTS.',
      see_all: 'Voir tout',
      counts: {
        patients: 'Patients suivis',
        journeys_running: 'Parcours en cours',
        tasks_open: 'Tâches à faire',
        parcours_published: 'Parcours publiés',
      },
      health: {
        title: 'État du service',
        ok: 'Opérationnel',
        degraded: 'Dégradé',
        unavailable: 'Indisponible',
        database: 'Base de données',
        temporal: 'Moteur de parcours',
      },
    },
    patients: {
      search: 'Rechercher un patient',
      journeys: 'Parcours du patient',
      no_journeys: 'Ce patient n’est inclus dans aucun parcours.',
    },
    journeys: {
      current_step: 'Étape en cours',
      current_step_tasks: 'Tâches de l’étape en cours',
      all_tasks: 'Toutes les tâches du parcours',
      no_current_step: 'Aucune étape en cours.',
      no_tasks: 'Aucune tâche.',
    },
    tasks: {
      menu: 'Mes tâches',
      overdue: 'En retard',
      no_due_date: 'Sans échéance',
      form: 'Informations à saisir',
      answers: 'Réponses enregistrées',
      no_answers: 'Aucune réponse enregistrée.',
      complete: {
        submit: 'Valider la tâche',
        no_fields: 'Aucune information à saisir : validez pour clore la tâche.',
        success: 'Tâche complétée.',
        confirmation_title: 'Tâche complétée',
        confirmation_body: 'Vos réponses ont été enregistrées et le parcours du patient se poursuit.',
        not_open: 'Cette tâche est close : elle ne peut plus être complétée.',
        not_allowed: 'Vous ne pouvez pas compléter cette tâche.',
      },
      validation: {
        integer: 'Doit être un nombre entier',
      },
    },
    parcours: {
      body: 'Définition du parcours (JSON, lecture seule)',
    },
  },
  resources: {
    patients: {
      name: 'Patient |||| Patients',
      fields: {
        id: 'Identifiant',
        firstName: 'Prénom',
        lastName: 'Nom',
        birthDate: 'Date de naissance',
        sex: 'Sexe',
        conditions: 'Pathologies',
        ald: 'ALD (affections de longue durée)',
        hasMedecinTraitant: 'Médecin traitant déclaré',
        lastDischargeAt: 'Dernière sortie d’hospitalisation',
        q: 'Recherche',
      },
    },
    journeys: {
      name: 'Parcours patient |||| Parcours patients',
      fields: {
        id: 'Identifiant',
        patientId: 'Patient',
        parcoursKey: 'Parcours',
        parcoursVersion: 'Version du parcours',
        status: 'Statut',
        outcome: 'Issue',
        currentStep: 'Étape en cours',
        startedAt: 'Début',
        endedAt: 'Fin',
      },
    },
    tasks: {
      name: 'Tâche |||| Tâches',
      fields: {
        id: 'Identifiant',
        journeyId: 'Parcours patient',
        stepId: 'Étape',
        title: 'Tâche',
        status: 'Statut',
        assigneeProfession: 'Professionnel attendu',
        assigneeRole: 'Rôle attendu',
        assigneeUserId: 'Professionnel assigné',
        dueAt: 'Échéance',
        answers: 'Réponses',
        completedAt: 'Complétée le',
      },
    },
    parcours: {
      name: 'Parcours |||| Parcours',
      fields: {
        id: 'Identifiant',
        key: 'Code',
        version: 'Version',
        status: 'Statut',
        title: 'Titre',
        body: 'Définition',
        publishedAt: 'Publié le',
      },
    },
  },
};

export type DomainMessages = typeof frDomain;

export const fr: TranslationMessages = { ...frenchMessages, ...frDomain };

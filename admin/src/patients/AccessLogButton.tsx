// « Relevé des accès » on the patient page, for the auditors who answer a patient's right of access.
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { Button } from '@mui/material';
import { Link, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { Patient } from '@parcours/rules/contract';

export const AccessLogButton = () => {
  const patient = useRecordContext<Patient>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'patients', action: 'access-log' });
  if (!patient || !canAccess) return null;
  return (
    <Button
      component={Link}
      to={`/patients/${encodeURIComponent(String(patient.id))}/access-log`}
      startIcon={<ReceiptLongIcon />}
      data-testid="patient-access-log"
    >
      {translate('parcours.patients.access_log.title')}
    </Button>
  );
};

import type { FieldProps } from 'react-admin';
import { Link, ReferenceField, useRecordContext } from 'react-admin';
import type { Task } from '@parcours/rules/contract';

// The worklist row names the patient itself (no extra request); older rows fall back to the journey's reference.
export const TaskPatientField = (_props: Partial<FieldProps<Task>>) => {
  const task = useRecordContext<Task>();
  if (task?.patientName && task.patientId) {
    return (
      <Link
        to={`/patients/${task.patientId}/show`}
        onClick={(e: { stopPropagation: () => void }) => e.stopPropagation()}
      >
        {task.patientName}
      </Link>
    );
  }
  return (
    <ReferenceField source="journeyId" reference="journeys" link={false}>
      <ReferenceField source="patientId" reference="patients" link="show" />
    </ReferenceField>
  );
};

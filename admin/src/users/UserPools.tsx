// The pools a professional belongs to, read-only on the user form: membership is edited on the pool pages (« Équipes
// de recours »), where the organisers see each pool whole.
import { ChipField, Labeled, ReferenceArrayField, SingleFieldList, useRecordContext, useTranslate } from 'react-admin';

export const UserPools = () => {
  const user = useRecordContext<{ poolKeys?: string[] }>();
  const translate = useTranslate();
  if (!user) return null;
  return (
    <Labeled label="resources.users.fields.poolKeys">
      {user.poolKeys?.length ? (
        <ReferenceArrayField source="poolKeys" reference="pools">
          <SingleFieldList linkType="show">
            <ChipField source="label" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
      ) : (
        <span>{translate('parcours.users.no_pools')}</span>
      )}
    </Labeled>
  );
};

// The API's rule for an INSEE code, checked before sending (the API checks it again).
import { regex, required } from 'react-admin';
import { INSEE_CODE_PATTERN } from '@parcours/rules/contract';

export const validateInseeCode = [required(), regex(INSEE_CODE_PATTERN, 'parcours.communes.insee_format')];

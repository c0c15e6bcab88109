// react-querybuilder's Material controls put the control's title on the FormControl, which gives the select and the
// value field no accessible name (axe: aria-input-field-name, label). These pass the same title to the element a screen
// reader announces: the select's combobox and the value's input.
import type { ComponentProps } from 'react';
import { MaterialValueEditor, MaterialValueSelector } from '@react-querybuilder/material';
import type { ValueSelectorProps } from 'react-querybuilder';

export const NamedValueSelector = (props: ValueSelectorProps) => (
  <MaterialValueSelector {...props} {...{ SelectDisplayProps: { 'aria-label': props.title } }} />
);

export const NamedValueEditor = (props: ComponentProps<typeof MaterialValueEditor>) => (
  <MaterialValueEditor
    {...props}
    extraProps={{ ...props.extraProps, slotProps: { htmlInput: { 'aria-label': props.title } } }}
  />
);

// Block Kit limits the renderers keep (Slack's Block Kit reference; checked again by the render test).

/** Maximum sizes per Block Kit element, in characters or items. */
export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 2000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  modalTitle: 24,
  modalButton: 24,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
  textInputMax: 3000,
  privateMetadata: 3000,
  fallbackText: 3000,
} as const;

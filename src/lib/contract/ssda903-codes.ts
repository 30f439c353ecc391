// The SSDA903 return's episode codes, in the words of the DfE guidance, shortened; codes.ts exports them with the rest.
import type { LabelledCode } from './codes';

/** SSDA903 legal status (LS), in the words of the DfE guidance, shortened. */
export const LEGAL_STATUS: LabelledCode[] = [
  { code: 'C1', label: 'Interim care order' },
  { code: 'C2', label: 'Full care order' },
  { code: 'D1', label: 'Freeing order granted' },
  { code: 'E1', label: 'Placement order granted' },
  { code: 'V2', label: 'Single period of accommodation under section 20' },
  {
    code: 'V3',
    label: 'Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded',
  },
  { code: 'V4', label: 'Accommodated under an agreed series of short-term breaks, when agreements are recorded' },
  { code: 'L1', label: 'Under police protection and in local authority accommodation' },
  { code: 'L2', label: 'Emergency protection order' },
  { code: 'L3', label: 'Under a child assessment order and in local authority accommodation' },
  { code: 'J1', label: 'Remanded to local authority accommodation or youth detention accommodation' },
  { code: 'J2', label: 'Placed in local authority accommodation under PACE' },
  { code: 'J3', label: 'Sentenced to a youth rehabilitation order with residence or intensive fostering requirement' },
];

/**
 * SSDA903 placement type (PL), in the words of the DfE guidance, shortened. H5 is for placements that ended
 * before supported accommodation was regulated (K3 since). Z11 to Z14 are newer codes of other placements this
 * list does not yet describe one by one: "Other placement", and the child's page adds the code.
 */
export const PLACEMENT_TYPE: LabelledCode[] = [
  { code: 'A3', label: 'Placed for adoption with consent, with current foster carer' },
  { code: 'A4', label: 'Placed for adoption with consent, not with current foster carer' },
  { code: 'A5', label: 'Placed for adoption under a placement order, with current foster carer' },
  { code: 'A6', label: 'Placed for adoption under a placement order, not with current foster carer' },
  { code: 'H5', label: "Semi-independent living accommodation not subject to children's homes regulations" },
  { code: 'K1', label: "Secure children's home" },
  { code: 'K2', label: "Children's home" },
  { code: 'K3', label: 'Registered supported accommodation' },
  { code: 'P1', label: 'Placed with own parent or other person with parental responsibility' },
  { code: 'P2', label: 'Independent living, such as a flat, lodgings, bedsit, B&B or with friends' },
  { code: 'P3', label: 'Residential employment' },
  { code: 'R1', label: 'Residential care home' },
  { code: 'R2', label: 'NHS or health trust or other establishment providing medical or nursing care' },
  { code: 'R3', label: 'Family centre or mother and baby unit' },
  { code: 'R5', label: 'Young offender institution or prison' },
  { code: 'S1', label: "All residential schools, except where dual-registered as a school and children's home" },
  { code: 'T0', label: 'Temporary move of any type' },
  { code: 'T1', label: 'Temporary period in hospital' },
  { code: 'T2', label: 'Temporary absence on holiday' },
  { code: 'T3', label: 'Temporary accommodation while the usual foster carer is on holiday' },
  { code: 'T4', label: 'Temporary accommodation of seven days or less, for any other reason' },
  { code: 'U1', label: 'Foster placement with relative or friend, long-term fostering' },
  {
    code: 'U2',
    label:
      'Foster placement with relative or friend who is also an approved adopter: fostering for adoption or concurrent planning',
  },
  { code: 'U3', label: 'Foster placement with relative or friend, not long-term or fostering for adoption' },
  { code: 'U4', label: 'Foster placement with other foster carer, long-term fostering' },
  {
    code: 'U5',
    label:
      'Foster placement with other foster carer who is also an approved adopter: fostering for adoption or concurrent planning',
  },
  { code: 'U6', label: 'Foster placement with other foster carer, not long-term or fostering for adoption' },
  { code: 'Z1', label: 'Other placements' },
  ...['Z11', 'Z12', 'Z13', 'Z14'].map((code) => ({ code, label: 'Other placement' })),
];

/** SSDA903 reason for new episode: S starts a new period of care. */
export const RNE: LabelledCode[] = [
  { code: 'S', label: 'Started to be looked after' },
  { code: 'P', label: 'Change of placement and carer only' },
  { code: 'L', label: 'Change of legal status only' },
  { code: 'T', label: 'Change of placement only, same carer' },
  { code: 'U', label: 'Change of placement and legal status, same carer' },
  { code: 'B', label: 'Change of placement, carer and legal status' },
];

/** SSDA903 category of need. */
export const CIN: LabelledCode[] = [
  { code: 'N1', label: 'Abuse or neglect' },
  { code: 'N2', label: "Child's disability" },
  { code: 'N3', label: 'Parental illness or disability' },
  { code: 'N4', label: 'Family in acute stress' },
  { code: 'N5', label: 'Family dysfunction' },
  { code: 'N6', label: 'Socially unacceptable behaviour' },
  { code: 'N7', label: 'Low income' },
  { code: 'N8', label: 'Absent parenting' },
];

export const PLACE_PROVIDER: LabelledCode[] = [
  { code: 'PR0', label: 'Parent or other person with parental responsibility' },
  { code: 'PR1', label: 'Own local authority provision' },
  { code: 'PR2', label: 'Other local authority provision' },
  { code: 'PR3', label: 'Other public provision' },
  { code: 'PR4', label: 'Private provision' },
  { code: 'PR5', label: 'Voluntary or third sector provision' },
];

/** SSDA903 reason episode ceased. */
export const REC: LabelledCode[] = [
  { code: 'E11', label: 'Adopted, application unopposed' },
  { code: 'E12', label: 'Adopted, consent dispensed with by the court' },
  { code: 'E13', label: 'Left care to live with parent, relative or other person with no parental responsibility' },
  { code: 'E14', label: 'Accommodation on remand ended' },
  { code: 'E15', label: 'Age assessment found the child aged 18 or over' },
  { code: 'E16', label: 'Child moved abroad' },
  { code: 'E17', label: 'Aged 18 or over and stayed with current carers (such as staying put)' },
  { code: 'E2', label: 'Died' },
  { code: 'E3', label: 'Care taken over by another local authority in the UK' },
  { code: 'E41', label: 'Residence order or child arrangement order granted' },
  { code: 'E45', label: 'Special guardianship order to former foster carer, a relative or friend' },
  { code: 'E46', label: 'Special guardianship order to former foster carer, not a relative or friend' },
  { code: 'E47', label: 'Special guardianship order to another carer, a relative or friend' },
  { code: 'E48', label: 'Special guardianship order to another carer, not a relative or friend' },
  {
    code: 'E4A',
    label: 'Returned home to parent or other person with parental responsibility, as part of the care plan',
  },
  {
    code: 'E4B',
    label: 'Returned home to parent or other person with parental responsibility, not part of the care plan',
  },
  { code: 'E5', label: 'Moved into independent living with formal support' },
  { code: 'E6', label: 'Moved into independent living without formal support' },
  { code: 'E7', label: 'Transferred to residential care funded by adult social care' },
  { code: 'E8', label: 'Ceased for any other reason' },
  { code: 'E9', label: 'Sentenced to custody' },
  { code: 'X1', label: 'Episode ceased and a new one began the same day' },
];

export const REASON_PLACE_CHANGE: LabelledCode[] = [
  { code: 'CARPL', label: 'Change to or implementation of the care plan' },
  { code: 'CLOSE', label: 'Resignation or closure of provision' },
  { code: 'ALLEG', label: 'Allegation, section 47 enquiry' },
  { code: 'STAND', label: 'Standards of care concern' },
  { code: 'APPRR', label: 'Approval removed' },
  { code: 'CREQB', label: "Carer asked to end the placement because of the child's behaviour" },
  { code: 'CREQO', label: "Carer asked to end the placement, not because of the child's behaviour" },
  { code: 'CHILD', label: 'Child asked to end the placement' },
  { code: 'LAREQ', label: 'Responsible or area authority asked to end the placement' },
  { code: 'PLACE', label: 'Change in the status of the placement only' },
  { code: 'CUSTOD', label: 'Custody arrangement' },
  { code: 'OTHER', label: 'Other' },
];

/** SSDA903 PL_LOCATION, added by LA tools: inside or outside the authority. */
export const PL_LOCATION: LabelledCode[] = [
  { code: 'IN', label: 'In the authority' },
  { code: 'OUT', label: 'Out of the authority' },
];

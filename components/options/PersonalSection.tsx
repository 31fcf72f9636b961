import { TextField } from '@/components/shared/Form';
import { Section } from './Section';

export function PersonalSection() {
  return (
    <Section id="personal" title="Personal">
      <div class="grid">
        <TextField path="personal.firstName" label="First name" autoComplete="given-name" />
        <TextField path="personal.middleName" label="Middle name" autoComplete="additional-name" />
        <TextField path="personal.lastName" label="Last name" autoComplete="family-name" />
        <TextField path="personal.preferredName" label="Preferred name" hint="Only where a form asks for it" />
        <TextField path="personal.pronouns" label="Pronouns" placeholder="she/her" />
        <TextField path="personal.email" label="Email" type="email" autoComplete="email" />
        <TextField path="personal.phoneCountryCode" label="Phone country code" placeholder="+1" autoComplete="tel-country-code" />
        <TextField path="personal.phone" label="Phone" type="tel" autoComplete="tel-national" />
        <TextField path="personal.headline" label="Headline" placeholder="Senior Software Engineer" class="wide" />
        <TextField path="personal.summary" label="Summary" multiline class="wide" />
      </div>
      <h3>Address</h3>
      <div class="grid">
        <TextField path="personal.address.line1" label="Street address" autoComplete="address-line1" class="wide" />
        <TextField path="personal.address.line2" label="Address line 2" autoComplete="address-line2" class="wide" />
        <TextField path="personal.address.city" label="City" autoComplete="address-level2" />
        <TextField path="personal.address.region" label="State or region" autoComplete="address-level1" />
        <TextField path="personal.address.postalCode" label="Postal code" autoComplete="postal-code" />
        <TextField path="personal.address.country" label="Country" autoComplete="country-name" />
      </div>
    </Section>
  );
}

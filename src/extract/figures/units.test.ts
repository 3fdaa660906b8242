import { describe, it, expect } from 'vitest';
import { figuresOf } from '../../../test/helpers/figures.ts';

// What is counted (unit), whose it is, and the category from the vocabulary in lexicon/figure-categories.ts.
describe('figures: unit, whose, category', () => {
  it.each([
    ['Russia continues to push tens of thousands of soldiers toward the city.', 'tens of thousands', 'soldiers', 'Russia', 'troops'],
    ['Russia is losing almost a thousand soldiers a day.', 'a thousand', 'soldiers', 'Russia', 'military-casualties'],
    ['Around 300 to 400 Russian fighters are scattered across the city.', '300 to 400', 'Russian fighters', 'Russian fighters', 'troops'],
    ['Ukrainian forces shot down 40 drones overnight.', '40', 'drones', null, 'equipment'],
    ['Russia fired 12 missiles at Kyiv.', '12', 'missiles', 'Russia', 'munitions'],
    ['The strike killed 14 civilians, including children.', '14', 'civilians', null, 'civilian-casualties'],
    ['At least 8 people were killed in the strike.', '8', 'people', null, 'civilian-casualties'],
    ['Ukraine has retaken 500 square kilometres in the south.', '500', 'square kilometres', null, 'territory'],
    ['Troops advanced 12 km.', '12', 'km', null, 'territory'],
    ['Russia occupies about 18% of Ukraine’s territory.', '18', '%', null, 'territory'],
    ['More than 6 million refugees have left Ukraine.', '6 million', 'refugees', null, 'displaced-people'],
    ['Washington approved $3bn in military aid.', '$3bn', 'dollar', null, 'money'],
    ['The package is worth 10 million euros.', '10 million', 'euros', null, 'money'],
    ['The fighting has lasted three days.', 'three', 'days', null, 'duration'],
    ['Russia’s 100,000 troops were massed at the border.', '100,000', 'troops', 'Russia', 'troops'],
    ['Kyiv says 300 Russian soldiers were killed.', '300', 'Russian soldiers', 'Russian soldiers', 'military-casualties'],
    ['Ukraine said it killed 300 soldiers.', '300', 'soldiers', null, 'military-casualties'],
    ['At least 14 people, including three children, were killed in Kharkiv.', '14', 'people', null, 'civilian-casualties'],
    ['The UN says 3.7 million Ukrainians are internally displaced.', '3.7 million', 'Ukrainians', 'Ukrainians', 'displaced-people'],
    ['Moscow controls roughly 18% of Ukraine.', '18', '%', null, 'territory'],
    ['Some 2,000 Wagner fighters died in Bakhmut.', '2,000', 'Wagner fighters', 'Wagner fighters', 'military-casualties'],
    ['Ukraine received 31 Abrams tanks.', '31', 'Abrams tanks', 'Ukraine', 'equipment'],
    ['Russian losses rose to 600,000, the General Staff said.', '600,000', 'losses', 'Russian', 'military-casualties'],
    ['Air defence shot down 23 of 26 drones overnight.', '23', 'drones', null, 'equipment'],
  ])('%s', (text, needle, unit, whose, category) => {
    const f = figuresOf(text).find((x) => x.text.includes(needle));
    expect(f, needle).toBeDefined();
    expect(f!.unit).toBe(unit);
    expect(f!.whose).toBe(whose);
    expect(f!.category).toBe(category);
  });

  it('reads the counted thing from "the number of ... reaching N"', () => {
    const f = figuresOf('Russia is losing soldiers, with the total number of dead and wounded reaching almost 1.2 million.')
      .find((x) => x.text.includes('1.2 million'));
    expect(f).toMatchObject({ unit: 'dead and wounded', whose: 'Russia', category: 'military-casualties', high: 1200000 });
  });
});

/** The offices a sentence gives people, and which two can't both hold. Sentences written here. */
import { describe, expect, it } from 'vitest';
import { describeRole, rolesClash, rolesOf } from '../../src/engine/roles.js';

const only = (text: string) => {
  const roles = rolesOf(text);
  expect(roles).toHaveLength(1);
  return roles[0]!;
};

describe('rolesOf', () => {
  it('reads an office before a name, in English word order', () => {
    expect(only('Interior Minister Armando Benedetti wrote on X that cooperation goes on.')).toMatchObject({ office: 'minister', portfolio: 'interior', person: 'benedetti', former: false, speaks: true });
    expect(only('Florida Senator Ana Ruiz said the vote was close.')).toMatchObject({ office: 'senator', portfolio: 'florida', person: 'ruiz', speaks: true });
    expect(only('Bogotá Mayor Carlos Galán opened the summit.')).toMatchObject({ office: 'mayor', portfolio: 'bogota', person: 'galan' });
    expect(only('Security analyst Laura Gil said the order was rushed.')).toMatchObject({ office: 'expert', portfolio: null, person: 'gil', former: false, speaks: true });
  });
  it('reads an office after its article and before a name, in Spanish and Portuguese', () => {
    expect(only('Según el ministro de Defensa, Pedro Sánchez, la cooperación sigue.')).toMatchObject({ office: 'minister', portfolio: 'defence', person: 'sanchez', title: 'ministro de Defensa' });
    expect(only('O ex-ministro da Justiça Carlos Lima disse que a ordem é ilegal.')).toMatchObject({ office: 'minister', portfolio: 'justice', person: 'lima', former: true, speaks: true });
    expect(only('el senador republicano por Texas Juan Pérez')).toMatchObject({ office: 'senator', portfolio: 'texas', person: 'perez' });
    expect(only('el alcalde de Santa Marta, Carlos Pinedo, dijo que')).toMatchObject({ office: 'mayor', portfolio: 'santa marta', person: 'pinedo', speaks: true });
    expect(only('o ministro da Defesa da Colômbia, Armando Benedetti, disse')).toMatchObject({ office: 'minister', portfolio: 'defence', person: 'benedetti' });
  });
  it('reads a name before its office, set off by a comma', () => {
    expect(only('Benedetti, the interior minister, said the order was misread.')).toMatchObject({ office: 'minister', portfolio: 'interior', person: 'benedetti', speaks: true });
  });
  it('reads "Secretary of State" as the foreign portfolio', () => {
    expect(only('Secretary of State Marco Rubio called it a stunt.')).toMatchObject({ office: 'minister', portfolio: 'foreign affairs', person: 'rubio' });
  });
  it('keeps an office told without a name, and whether it speaks', () => {
    expect(only("Colombia's defence minister said the order stands.")).toMatchObject({ office: 'minister', portfolio: 'defence', person: null, speaks: true });
  });
  it('reads a ministry as its minister, and commentators in the plural', () => {
    expect(only("Colombia's Defence Ministry warned that the order stands.")).toMatchObject({ office: 'minister', portfolio: 'defence', person: null, speaks: true });
    expect(only('Security experts warned that the order stands.')).toMatchObject({ office: 'expert', person: null, speaks: true });
  });
  it('finds no office where a sentence gives none', () => {
    expect(rolesOf('Petro expressed his views on the strikes in a long post.')).toEqual([]);
  });
});

describe('describeRole', () => {
  it('names a minister by portfolio in English, whatever the language it was told in', () => {
    expect(describeRole(only('la ministra de Justicia, Ana Gil, habló.'))).toBe('justice minister');
    expect(describeRole(only('O ex-ministro da Defesa Jorge Mantilla falou.'))).toBe('former defence minister');
    expect(describeRole(only('Intelligence expert Jorge Mantilla spoke.'))).toBe('Intelligence expert');
  });
});

describe('rolesClash', () => {
  const role = (text: string) => only(text);
  it('holds two portfolios of one office apart', () => {
    expect(rolesClash(role('Interior Minister Armando Benedetti spoke.'), role('Defence Minister Armando Benedetti spoke.'))).toBe(true);
    expect(rolesClash(role('Ohio Senator Bernie Moreno spoke.'), role('Florida Senator Bernie Moreno spoke.'))).toBe(true);
  });
  it('holds two offices for one place, held now, apart; not a former one beside a present one', () => {
    expect(rolesClash(role('Ohio Governor Bernie Moreno spoke.'), role('Ohio Senator Bernie Moreno spoke.'))).toBe(true);
    expect(rolesClash(role('Former Ohio Governor Bernie Moreno spoke.'), role('Ohio Senator Bernie Moreno spoke.'))).toBe(false);
  });
  it('holds a commentator apart from an officer', () => {
    expect(rolesClash(role('Intelligence expert Jorge Mantilla spoke.'), role('Former Defence Minister Jorge Mantilla spoke.'))).toBe(true);
  });
  it('lets the same office told in other words, or without its portfolio, hold', () => {
    expect(rolesClash(role('el ministro del Interior, Armando Benedetti, habló.'), role('Interior Minister Armando Benedetti spoke.'))).toBe(false);
    expect(rolesClash(role('Minister Armando Benedetti spoke.'), role('Interior Minister Armando Benedetti spoke.'))).toBe(false);
  });
  it('lets a former office stand beside a present one', () => {
    expect(rolesClash(role('Former Interior Minister Ana Gil spoke.'), role('Defence Minister Ana Gil spoke.'))).toBe(false);
  });
});

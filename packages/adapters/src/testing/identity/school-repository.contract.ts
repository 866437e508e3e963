/// <reference types="mocha" />
import { DepartmentId, SchoolId } from '@campus/domain';
import { expect } from 'chai';
import { codeOf, withIdentityPorts, type IdentityPortsSetup } from './identity-fixtures.js';

export function schoolRepositoryContract(name: string, setup: IdentityPortsSetup): void {
  describe(`SchoolRepository contract (${name})`, () => {
    const world = withIdentityPorts(setup);

    it('given a saved school, when found by id, then the same state comes back', async () => {
      const school = await world().school('한국대학교');
      expect((await world().ports.schools.findById(school.id))?.snapshot()).to.deep.equal(school.snapshot());
    });

    it('given no such school, when found by id, then null, whatever the shape of the id', async () => {
      expect(await world().ports.schools.findById(SchoolId(world().id()))).to.equal(null);
      expect(await world().ports.schools.findById(SchoolId('nope'))).to.equal(null);
    });

    it('given schools saved in any order, when listed, then by name in code-point order', async () => {
      for (const name of ['Beta U', '한국대학교', 'alpha U', 'Alpha U']) await world().school(name);
      expect((await world().ports.schools.list()).map((s) => s.name)).to.deep.equal([
        'Alpha U',
        'Beta U',
        'alpha U',
        '한국대학교',
      ]);
    });

    it('given a taken name, when another school takes it, then SCHOOL_EXISTS and nothing is written', async () => {
      await world().school('Alpha U');
      const twin = world().newSchool('Alpha U');
      expect(await codeOf(world().ports.schools.save(twin))).to.equal('SCHOOL_EXISTS');
      expect(await world().ports.schools.findById(twin.id)).to.equal(null);
      expect(await world().ports.schools.list()).to.have.length(1);
    });

    it('given a saved school, when saved again, then it is an update, not a duplicate', async () => {
      const school = await world().school('Alpha U');
      await world().ports.schools.save(school);
      expect(await world().ports.schools.list()).to.have.length(1);
    });

    it('given 8 concurrent schools with one name, when saved, then exactly one wins', async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, () => world().ports.schools.save(world().newSchool('Contested U'))),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
      expect(await world().ports.schools.list()).to.have.length(1);
    });
  });
}

export function departmentRepositoryContract(name: string, setup: IdentityPortsSetup): void {
  describe(`DepartmentRepository contract (${name})`, () => {
    const world = withIdentityPorts(setup);

    it('given a saved department, when found by id, then the same state comes back', async () => {
      const school = await world().school();
      const physics = await world().department(school.id, '물리학과');
      const found = await world().ports.departments.findById(physics.id);
      expect(found?.snapshot()).to.deep.equal(physics.snapshot());
      expect(await world().ports.departments.findById(DepartmentId('nope'))).to.equal(null);
    });

    it('given departments of two schools, when one school is listed, then only its own, by name', async () => {
      const [one, two] = [await world().school(), await world().school()];
      for (const name of ['Physics', 'Chemistry', '경영학과']) await world().department(one.id, name);
      await world().department(two.id, 'Biology');
      const listed = await world().ports.departments.listBySchool(one.id);
      expect(listed.map((d) => d.name)).to.deep.equal(['Chemistry', 'Physics', '경영학과']);
      expect(await world().ports.departments.listBySchool(SchoolId('nope'))).to.deep.equal([]);
    });

    it('given a name taken in the school, when saved, then DEPARTMENT_EXISTS and nothing is written', async () => {
      const school = await world().school();
      await world().department(school.id, 'Physics');
      const twin = world().newDepartment(school.id, 'Physics');
      expect(await codeOf(world().ports.departments.save(twin))).to.equal('DEPARTMENT_EXISTS');
      expect(await world().ports.departments.findById(twin.id)).to.equal(null);
    });

    it('given a name taken in another school, when saved, then it is accepted', async () => {
      const [one, two] = [await world().school(), await world().school()];
      await world().department(one.id, 'Physics');
      await world().department(two.id, 'Physics');
      expect(await world().ports.departments.listBySchool(two.id)).to.have.length(1);
    });
  });
}

import { BackendError, type Backend, type DemoMember, type Member } from '../backend'
import { person, refOf, type ServerContext } from './context'
import type { PersonRow } from './state'

type IdentityOps = { [K in 'listDemoMembers' | 'login' | 'currentMember']: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>> }

/** The member as the app may see him: masked, with his own scheme and place. */
export function memberView(p: PersonRow): Member {
  return {
    ...refOf(p),
    birthDate: p.birthDate,
    scheme: p.insurance.scheme,
    employeeKind: p.insurance.employeeKind,
    status: p.insurance.status,
    city: p.insurance.city,
    cityName: p.insurance.placeName,
  }
}

/** Identity and sessions: the demo logins and who is logged in. No call answers anything about another person by ID number. */
export function identity(ctx: ServerContext): IdentityOps {
  return {
    listDemoMembers: (): DemoMember[] => ctx.state.people.filter((p) => p.demoRole).map((p) => ({ ...refOf(p), role: p.demoRole as string })),

    login: (memberRef) => {
      const p = person(ctx, memberRef)
      if (!p.demoRole) throw new BackendError('NOT_FOUND', '该身份不是演示账号')
      ctx.state.session.memberRef = p.ref
      ctx.persist()
      return memberView(p)
    },

    currentMember: () => (ctx.state.session.memberRef ? memberView(person(ctx, ctx.state.session.memberRef)) : null),
  }
}

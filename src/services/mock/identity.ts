import { validateDocument } from '@/domain/documents'
import { validateName } from '@/domain/names'
import { BackendError, type Backend, type DemoMember, type Member } from '../backend'
import { byNumber, me, person, refOf, type ServerContext } from './context'
import type { PersonRow } from './state'

type IdentityOps = { [K in 'listDemoMembers' | 'login' | 'currentMember' | 'lookupPerson']: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>> }

/** The member as the app may see him: masked, with his own scheme and place. */
export function memberView(p: PersonRow): Member {
  return {
    ...refOf(p),
    scheme: p.insurance.scheme,
    employeeKind: p.insurance.employeeKind,
    status: p.insurance.status,
    city: p.insurance.city,
    cityName: p.insurance.placeName,
  }
}

/** Identity and sessions: the demo logins, who is logged in, and looking a person up. */
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

    lookupPerson: (req) => {
      const m = me(ctx)
      const doc = validateDocument(req.documentType, req.documentNumber, ctx.clock.today())
      const name = validateName(req.name)
      if (!doc.ok || !name.ok) throw new BackendError('BAD_REQUEST', (doc.ok ? '' : doc.reason.message) || (name.ok ? '' : name.reason.message))
      const p = byNumber(ctx, req.documentType, doc.value.number)
      if (!p) return { found: false, nameMatches: false, insuredInJiangxi: false }
      const nameMatches = p.name === name.value
      if (nameMatches) {
        const list = (ctx.state.lookedUp[m.ref] ??= [])
        if (!list.includes(p.ref)) list.push(p.ref)
        ctx.persist()
      }
      return { found: true, nameMatches, insuredInJiangxi: p.insurance.province === 'jiangxi', scheme: p.insurance.scheme, status: p.insurance.status, placeName: p.insurance.placeName }
    },
  }
}

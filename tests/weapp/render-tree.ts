// The page data Taro keeps in sync with its DOM through setData: `{ root: { cn: [node, ...] } }`,
// where a node is `{ nn, sid, uid?, cn?, v?, cl?, ...props }` (v is a text node's value).
import fs from 'node:fs'

export interface TreeNode {
  nn?: string
  sid?: string
  uid?: string
  v?: string
  cn?: TreeNode[]
  [prop: string]: unknown
}

type Container = Record<string, unknown> | unknown[]

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null

/** Applies one setData payload: keys are paths like `root.cn.[0].cn.[1].v` or `root.cn[0]`. */
export function applySetData(data: Record<string, unknown>, update: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(update)) {
    const keys = path.match(/[^.[\]]+/g) ?? []
    let target: Container = data
    keys.slice(0, -1).forEach((key, i) => {
      const record = target as Record<string, unknown>
      if (!isContainer(record[key])) record[key] = /^\d+$/.test(keys[i + 1]) ? [] : {}
      target = record[key] as Container
    })
    ;(target as Record<string, unknown>)[keys[keys.length - 1]] = clone(value)
  }
}

export const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T))

/** Every text node's value under node, one per line. */
export function textOf(node: TreeNode): string {
  const own = typeof node.v === 'string' ? [node.v] : []
  return [...own, ...(node.cn ?? []).map(textOf)].filter(Boolean).join('\n')
}

/** A card link's lines of text: cards are named by what they show, title first. */
export const linkLines = (node: TreeNode): string[] => (node.role === 'link' ? textOf(node).split('\n') : [])

/** The first node (depth first) that matches, with its ancestors (nearest last). */
export function findNode(root: TreeNode, match: (node: TreeNode) => boolean, ancestors: TreeNode[] = []): { node: TreeNode; ancestors: TreeNode[] } | undefined {
  if (match(root)) return { node: root, ancestors }
  for (const child of root.cn ?? []) {
    const found = findNode(child, match, [...ancestors, root])
    if (found) return found
  }
  return undefined
}

/** Whether base.wxml's template for this node type binds tap to the page's `eh` handler. */
export function templateBindsTap(baseWxml: string, nn: string): boolean {
  const start = baseWxml.indexOf(`<template name="tmpl_0_${nn}">`)
  if (start < 0) return false
  const end = baseWxml.indexOf('</template>', start)
  return /\bbindtap="eh"/.test(baseWxml.slice(start, end))
}

export const readBaseWxml = (dist: string): string => fs.readFileSync(`${dist}/base.wxml`, 'utf8')

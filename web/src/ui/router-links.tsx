// Mantine's Anchor, Button and NavLink as typed router links (TanStack Router's createLink), so
// every in-app link is checked against the route tree and navigates without a page load.
import { Anchor, Button, NavLink, type AnchorProps, type ButtonProps, type NavLinkProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

type AnchorElementProps = AnchorProps & Omit<ComponentPropsWithRef<'a'>, keyof AnchorProps>;
type ButtonElementProps = ButtonProps & Omit<ComponentPropsWithRef<'a'>, keyof ButtonProps>;
type NavLinkElementProps = NavLinkProps & Omit<ComponentPropsWithRef<'a'>, keyof NavLinkProps>;

function MantineAnchor(props: AnchorElementProps) {
  return <Anchor component="a" {...props} />;
}

function MantineButtonAnchor(props: ButtonElementProps) {
  return <Button component="a" {...props} />;
}

function MantineNavLinkAnchor(props: NavLinkElementProps) {
  return <NavLink component="a" {...props} />;
}

/** A text link to a route: `<AnchorLink to="/projects/$projectId" params={{ projectId }}>`. */
export const AnchorLink = createLink(MantineAnchor);
/** A button that navigates: `<ButtonLink to="/projects/new">New project</ButtonLink>`. */
export const ButtonLink = createLink(MantineButtonAnchor);
/** A navbar entry: active styling comes from the router (`data-status="active"`). */
export const NavLinkLink = createLink(MantineNavLinkAnchor);

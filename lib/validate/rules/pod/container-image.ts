import type { PodRule } from '../../rule';
import { child } from './access';
import { describeContainer, siteContainers } from './pod-containers';

/**
 * Every container needs an image. Follows `validateContainerCommon` (required, also in
 * pod templates) and `validateContainerOnlyForPod` (no leading or trailing whitespace,
 * checked for Pods only: the server accepts a blank image in a template, where it is
 * reported as a warning because the pods made from it would be rejected).
 */
export const containerImage: PodRule = {
  id: 'container/image',
  check(site, ctx) {
    const containers = siteContainers(site, ctx.minor).all;
    for (let i = 0; i < containers.length; i++) {
      const container = containers[i];
      const image = container.value.image;
      if (image === undefined || image === null || image === '') {
        ctx.report({
          ruleId: 'container/image-required',
          fieldPath: child(container.path, 'image'),
          message: `${describeContainer(container)} has no image`,
          hint: "set image, e.g. 'nginx:1.27'",
        });
        continue;
      }
      if (typeof image !== 'string') continue;
      if (image.trim() !== image) {
        ctx.report({
          ruleId: 'container/image-whitespace',
          fieldPath: child(container.path, 'image'),
          severity: site.isTemplate ? 'warning' : 'error',
          message: image.trim() === ''
            ? `${describeContainer(container)} has a blank image "${image}"`
            : `image "${image}" of ${describeContainer(container)} has leading or trailing whitespace`,
          hint: site.isTemplate
            ? 'the API server accepts this in a template, but rejects every pod created from it; remove the whitespace'
            : 'remove the leading and trailing whitespace from image',
        });
      }
    }
  },
};
